import { describe, expect, it } from 'vitest';
import { entityMap, onCircle, radialLayout, shortLabel, storyMap } from '../../src/lib/map.ts';
import { get, graph } from './story.ts';

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
    expect(storyMap(graph).nodes.map((n) => n.key)).toEqual(['claims/missiles', 'actors/iran', 'actors/ryder', 'actors/rtx', 'actors/dod', 'weapons/amraam', 'weapons/nasams']);
  });
  it('shortens long labels at a word', () => {
    expect(shortLabel('Iran supplied ballistic missiles to Russia', 24)).toBe('Iran supplied ballistic…');
    expect(shortLabel('NASAMS')).toBe('NASAMS');
  });
});
