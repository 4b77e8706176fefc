import { describe, expect, it } from 'vitest';
import { buildGraph, type EntryMap, type ProseData } from '../../src/lib/graph.ts';
import { fieldRelation, valueAt } from '../../src/lib/relations.ts';
import { entityMap, onCircle, radialLayout, shortLabel, storyMap } from '../../src/lib/map.ts';

const ref = (collection: string, id: string) => ({ collection, id });
const d = (s: string) => new Date(s);
const history = [{ date: d('2022-10-16'), status: 'unverified', why: 'Reported.', sources: [ref('sources', 's1')] }];

const entries = [
  { collection: 'actors', id: 'dod', data: { title: 'US Department of Defense', aliases: ['Pentagon'] } },
  { collection: 'actors', id: 'ryder', data: { title: 'Patrick S. Ryder', aliases: [], roles: [{ title: 'Press Secretary', organization: ref('actors', 'dod'), sources: [ref('sources', 's1')] }], partOf: [ref('actors', 'dod')] } },
  { collection: 'actors', id: 'rtx', data: { title: 'RTX', aliases: ['Raytheon'] } },
  { collection: 'actors', id: 'iran', data: { title: 'Government of Iran', aliases: [] } },
  { collection: 'weapons', id: 'nasams', data: { title: 'NASAMS', aliases: [], makers: [ref('actors', 'rtx')], operators: [{ name: 'Ukraine', since: '2022-11', sources: [ref('sources', 's1')] }] } },
  { collection: 'weapons', id: 'amraam', data: { title: 'AIM-120 AMRAAM', aliases: [], makers: [ref('actors', 'rtx')] } },
  {
    collection: 'claims',
    id: 'missiles',
    data: {
      title: 'Iran supplied missiles',
      claim: 'Reports said Iran would send missiles.',
      aliases: [],
      history,
      claimants: [{ actor: ref('actors', 'ryder'), date: d('2022-11-08'), said: 'No information to corroborate.', sources: [ref('sources', 's1')] }],
      deniers: [{ actor: ref('actors', 'iran'), date: d('2022-11-05'), said: 'Completely wrong.', sources: [ref('sources', 's1')] }],
      weapons: [ref('weapons', 'nasams')],
    },
  },
  { collection: 'sources', id: 's1', data: { title: 'S1' } },
  { collection: 'sources', id: 's2', data: { title: 'S2' } },
  { collection: 'events', id: 'e1', data: { title: 'Briefing', date: d('2022-11-08'), actors: [ref('actors', 'ryder'), ref('actors', 'iran')], weapons: [], claims: [], sources: [ref('sources', 's1')] } },
  { collection: 'glossary', id: 'nasams-term', data: { term: 'NASAMS', expansion: 'National Advanced Surface-to-Air Missile System', entity: 'nasams' } },
] as EntryMap[keyof EntryMap][];

const prose = new Map<string, ProseData>([
  ['weapons/nasams', { citations: ['s2', 's1'], links: [{ id: 'Pentagon', sentence: 'The Pentagon confirmed delivery.' }] }],
]);
const graph = buildGraph(entries, () => undefined, prose);
const get = (c: 'actors' | 'weapons' | 'claims' | 'sources', id: string) => graph.get(c, id)!;

describe('relations', () => {
  it('types every frontmatter reference, with its context', () => {
    const from = graph.relationsFrom(get('claims', 'missiles')).map((r) => [r.type, r.to.id, r.context]);
    expect(from).toEqual([
      ['claimed-by', 'ryder', '8 November 2022: No information to corroborate.'],
      ['denied-by', 'iran', '5 November 2022: Completely wrong.'],
      ['concerns', 'nasams', 'Reports said Iran would send missiles.'],
    ]);
    expect(graph.relationsFrom(get('actors', 'ryder')).map((r) => [r.type, r.context])).toEqual([
      ['role-at', 'Press Secretary'],
      ['part-of', 'Patrick S. Ryder is part of it.'],
    ]);
  });
  it('counts prose links written through an alias as backlinks, with the sentence', () => {
    const groups = graph.backlinks(get('actors', 'dod'));
    expect(groups.map((g) => g.heading)).toEqual(['People with a role here', 'Parts of it', 'Mentioned on']);
    expect(groups.at(-1)!.items.map((i) => [i.entry.id, i.context])).toEqual([['nasams', 'The Pentagon confirmed delivery.']]);
  });
  it('groups backlinks by relation type in a fixed order and leaves events to their own list', () => {
    expect(graph.backlinks(get('actors', 'rtx')).map((g) => [g.type, g.items.map((i) => i.entry.id)])).toEqual([['made-by', ['amraam', 'nasams']]]);
    expect(graph.backlinks(get('weapons', 'nasams')).map((g) => g.type)).toEqual(['concerns', 'stands-for']);
    expect(graph.eventsOf(get('actors', 'iran')).map((e) => e.id)).toEqual(['e1']);
  });
  it('lists prose citations first in sources, and who cites each source', () => {
    expect(graph.sourcesOf(get('weapons', 'nasams')).map((s) => s.id)).toEqual(['s2', 's1']);
    expect(graph.citedInProse(get('weapons', 'nasams'))).toEqual(['s2', 's1']);
    expect(graph.citedBy(get('sources', 's2')).map((e) => e.id)).toEqual(['nasams']);
    expect(graph.citedBy(get('sources', 's1')).map((e) => e.id).sort()).toEqual(['e1', 'missiles', 'nasams', 'ryder']);
  });
  it('finds neighbours either way, and related pages through claims, makers and events', () => {
    expect(graph.neighbours(get('weapons', 'nasams')).map((n) => [n.entry.id, n.types])).toEqual([
      ['missiles', ['concerns']],
      ['rtx', ['made-by']],
      ['dod', ['mentions']],
    ]);
    const related = graph.related(get('weapons', 'nasams'));
    expect(related.map((r) => r.entry.id)).toEqual(['amraam', 'iran', 'ryder']);
    expect(related[0]!.reasons).toEqual(['Also made by RTX']);
    expect(graph.related(get('actors', 'iran')).find((r) => r.entry.id === 'ryder')?.reasons).toContain('Shares the event "Briefing"');
  });
  it('lists each relation between two entities once for the story map', () => {
    const rels = graph.entityRelations();
    expect(rels.every((r) => r.from.collection !== 'events' && r.to.collection !== 'sources')).toBe(true);
    expect(rels).toHaveLength(8);
  });
  it('reads field values and ignores references that are not relations', () => {
    expect(valueAt({ a: [{ b: 3 }] }, 'a[0].b')).toBe(3);
    expect(fieldRelation('claims', {}, { collection: 'sources', id: 's', field: 'history[0].sources[0]' })).toBeUndefined();
  });
});

describe('maps', () => {
  const item = (key: string) => ({ key, label: key, href: `/${key}/`, collection: 'actors' as const });
  it('places items on a circle, first at the top, labels away from the centre', () => {
    const [top, right, bottom, left] = onCircle([item('a'), item('b'), item('c'), item('d')], 100, 100, 50);
    expect([top!.x, top!.y, top!.anchor]).toEqual([100, 50, 'middle']);
    expect([right!.x, right!.y, right!.anchor]).toEqual([150, 100, 'start']);
    expect(bottom!.labelY).toBeGreaterThan(bottom!.y);
    expect(left!.anchor).toBe('end');
  });
  it('puts the entity in the middle of its own map', () => {
    const [center, ...rest] = radialLayout(item('x'), [item('a')], 720, 440);
    expect([center!.x, center!.y]).toEqual([360, 220]);
    expect(rest).toHaveLength(1);
  });
  it('draws an entity with one edge per relation to its neighbours, and the story with all', () => {
    const map = entityMap(graph, get('weapons', 'nasams'));
    expect(map.nodes.map((n) => n.key)).toEqual(['weapons/nasams', 'claims/missiles', 'actors/rtx', 'actors/dod']);
    expect(map.edges.map((e) => e.label).sort()).toEqual(['concerns', 'made by', 'mentions']);
    expect(storyMap(graph).nodes).toHaveLength(7);
  });
  it('shortens long labels at a word', () => {
    expect(shortLabel('Iran supplied ballistic missiles to Russia', 24)).toBe('Iran supplied ballistic…');
    expect(shortLabel('NASAMS')).toBe('NASAMS');
  });
});
