import { describe, expect, it } from 'vitest';
import { boxSize, ELK_LIMIT, entityMap, layoutMap, neighbourColumn, shortLabel, storyMap, wrapLabel, type ColumnItem } from '../../src/lib/map.ts';
import { get, graph } from './story.ts';
import { layoutInWorker } from '../../src/data/map-pool.ts';

const item = (key: string, column: number): ColumnItem => ({ key, label: key, href: `/${key}/`, collection: 'actors', column });
const columnOf = (map: { nodes: Array<{ key: string; x: number }> }) => Object.fromEntries(map.nodes.map((n) => [n.key, n.x]));

describe('maps', () => {
  it('lays out items in their columns, left to right, whichever way the links point', async () => {
    const map = await layoutMap(
      [item('c', 2), item('a', 0), item('b', 1)],
      [
        { from: 'b', to: 'a', type: 'claimed-by' },
        { from: 'b', to: 'c', type: 'denied-by' },
      ],
    );
    const x = columnOf(map);
    expect(x.a).toBeLessThan(x.b!);
    expect(x.b).toBeLessThan(x.c!);
    expect(map.edges.map((e) => [e.from, e.label, e.to])).toEqual([
      ['b', 'claimed by', 'a'],
      ['b', 'denied by', 'c'],
    ]);
    for (const e of map.edges) expect(e.path).toMatch(/^M\d+ \d+(L\d+ \d+)+$/);
    expect(map.width).toBeGreaterThanOrEqual(Math.max(...map.nodes.map((n) => n.x + n.width)));
  });
  it('draws one line per pair, the first relation type in RELATION_TYPES, and lists every relation', async () => {
    const map = await layoutMap(
      [item('a', 0), item('b', 1)],
      [
        { from: 'b', to: 'a', type: 'mentions' },
        { from: 'b', to: 'a', type: 'claimed-by' },
        { from: 'a', to: 'b', type: 'mentions' },
      ],
    );
    expect(map.edges.map((e) => e.type)).toEqual(['claimed-by']);
    expect(map.relations.map((r) => r.label)).toEqual(['mentions', 'claimed by', 'mentions']);
  });
  it('lays out every map of the story the same in the worker thread as on this one', async () => {
    const entities = (['actors', 'weapons', 'claims'] as const).flatMap((c) => graph.list(c));
    const here = await Promise.all(entities.map((e) => entityMap(graph, e)));
    const there = await Promise.all(entities.map((e) => entityMap(graph, e, layoutInWorker)));
    expect(there).toEqual(here);
    expect(await storyMap(graph, layoutInWorker)).toEqual(await storyMap(graph));
  });
  it('refuses, from the worker thread, a graph ELK cannot lay out', async () => {
    await expect(layoutInWorker({ id: 'root', children: [{ id: 'a' }], edges: [{ id: 'e', sources: ['a'], targets: ['nowhere'] }] })).rejects.toThrow(
      /ELK could not lay out the map/,
    );
  });
  it('leaves out links to items not on the map and links to themselves', async () => {
    const map = await layoutMap(
      [item('a', 0)],
      [
        { from: 'a', to: 'x', type: 'mentions' },
        { from: 'a', to: 'a', type: 'mentions' },
      ],
    );
    expect(map.edges).toEqual([]);
  });
  it("puts a claim's claimants on its left and its deniers on its right", async () => {
    const map = await entityMap(graph, get('claims', 'missiles'));
    const x = columnOf(map);
    expect(x['actors/ryder']).toBeLessThan(x['claims/missiles']!);
    expect(x['actors/iran']).toBeGreaterThan(x['claims/missiles']!);
    expect(x['weapons/nasams']).toBeGreaterThan(x['claims/missiles']!);
  });
  it("stands a weapon's maker on its right even when the maker's page mentions the weapon", () => {
    const weapon = { collection: 'weapons', id: 'nasams' } as const;
    const maker = { collection: 'actors', id: 'rtx' } as const;
    const other = { collection: 'actors', id: 'dod' } as const;
    const relations = [
      { from: weapon, to: maker, type: 'made-by' as const, context: '' },
      { from: maker, to: weapon, type: 'mentions' as const, context: '' },
      { from: other, to: weapon, type: 'mentions' as const, context: '' },
    ];
    expect(neighbourColumn(get('weapons', 'nasams'), relations, 'actors/rtx')).toBe(2);
    expect(neighbourColumn(get('weapons', 'nasams'), relations, 'actors/dod')).toBe(0);
  });
  it('draws an entity with one edge per relation to its neighbours', async () => {
    const map = await entityMap(graph, get('weapons', 'nasams'));
    expect(map.nodes.map((n) => n.key)).toEqual(['weapons/nasams', 'claims/missiles', 'actors/rtx', 'actors/dod']);
    expect(map.edges.map((e) => e.label).sort()).toEqual(['concerns', 'made by', 'mentions']);
    const x = columnOf(map);
    expect(x['claims/missiles']).toBeLessThan(x['weapons/nasams']!);
    expect(x['actors/rtx']).toBeGreaterThan(x['weapons/nasams']!);
  });
  it('the story map stands claims, people, organisations and weapons in that order, without prose mentions', async () => {
    const map = await storyMap(graph);
    const x = columnOf(map);
    expect(x['claims/missiles']).toBeLessThan(x['actors/ryder']!);
    expect(x['actors/ryder']).toBeLessThan(x['actors/rtx']!);
    expect(x['actors/rtx']).toBeLessThan(x['weapons/nasams']!);
    expect(map.edges.map((e) => e.type)).not.toContain('mentions');
  });
  it('the story map of the small story is laid out as before (golden)', async () => {
    await expect(`${JSON.stringify(await storyMap(graph), null, 1)}\n`).toMatchFileSnapshot('map-golden/story-map.json');
  });
  it('wraps labels at spaces into two lines at most, and sizes their box', () => {
    expect(wrapLabel('Iran supplied ballistic missiles to Russia', 26)).toEqual(['Iran supplied ballistic', 'missiles to Russia']);
    expect(wrapLabel('Iran supplied Russia with attack drones used against Ukraine', 26)).toEqual(['Iran supplied Russia with', 'attack drones used…']);
    expect(wrapLabel('NASAMS')).toEqual(['NASAMS']);
    expect(boxSize(['NASAMS']).height).toBeLessThan(boxSize(['a', 'b']).height);
    expect(boxSize(['NASAMS']).width).toBeLessThan(boxSize(['NASAMS NASAMS']).width);
  });
  it('shortens long labels at a word', () => {
    expect(shortLabel('Iran supplied ballistic missiles to Russia', 24)).toBe('Iran supplied ballistic…');
    expect(shortLabel('NASAMS')).toBe('NASAMS');
  });
});

describe('large maps', () => {
  it(`above ${ELK_LIMIT} nodes, stacks each column without ELK, in column order, quickly`, async () => {
    const items = Array.from({ length: 1000 }, (_, n) => item(`n${n}`, n % 4));
    const links = items.slice(1).map((it, n) => ({ from: items[n]!.key, to: it.key, type: 'mentions' as const }));
    const started = Date.now();
    const map = await layoutMap(items, links);
    expect(Date.now() - started).toBeLessThan(5000);
    const x = columnOf(map);
    expect(x.n0).toBeLessThan(x.n1!);
    expect(x.n1).toBeLessThan(x.n2!);
    expect(x.n0).toBe(x.n4);
    expect(map.edges).toHaveLength(999);
    const boxes = map.nodes;
    const column0 = boxes.filter((b) => b.x === x.n0).sort((a, b) => a.y - b.y);
    for (const [i, b] of column0.slice(1).entries()) expect(b.y).toBeGreaterThanOrEqual(column0[i]!.y + column0[i]!.height);
  });
});
