import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph.ts';
import type { EntryMap } from '../../src/lib/entries.ts';
import { pinNamedPage, searchNames } from '../../src/lib/search-names.ts';

const graph = buildGraph([
  { collection: 'weapons', id: 'shahed-136', data: { title: 'Shahed-136', aliases: ['Geran-2'] } },
  { collection: 'claims', id: 'geran', data: { title: "Russia's Geran-2 is the Shahed-136", aliases: [], history: [{ date: new Date('2022-09-13'), status: 'confirmed' }] } },
  { collection: 'weapons', id: 'atacms', data: { title: 'ATACMS', aliases: [] } },
  { collection: 'glossary', id: 'atacms-term', data: { term: 'ATACMS', expansion: 'Army Tactical Missile System', variants: ['MGM-140'], entity: 'atacms' } },
  { collection: 'glossary', id: 'uav', data: { term: 'UAV', expansion: 'unmanned aerial vehicle' } },
] as EntryMap[keyof EntryMap][]);

describe('search names', () => {
  const names = searchNames(graph);
  it('maps titles, aliases, terms and expansions to their page', () => {
    expect(names['geran 2']).toEqual({ url: '/weapons/shahed-136/', title: 'Shahed-136', type: 'Weapon system' });
    expect(names['army tactical missile system']?.url).toBe('/weapons/atacms/');
    expect(names['mgm 140']?.url).toBe('/weapons/atacms/');
    expect(names['unmanned aerial vehicle']).toEqual({ url: '/glossary/#uav', title: 'UAV: unmanned aerial vehicle', type: 'Glossary term' });
  });
  it('pins the named page first, or reports it missing', () => {
    const urls = ['/claims/geran/?highlight=geran-2', '/weapons/shahed-136/?highlight=geran-2'];
    expect(pinNamedPage(names, 'geran-2', urls)).toEqual({ order: [1, 0] });
    expect(pinNamedPage(names, 'GERAN 2', ['/claims/geran/'])).toEqual({ order: [0], missing: names['geran 2'] });
    expect(pinNamedPage(names, 'drones', urls)).toEqual({ order: [0, 1] });
  });
});
