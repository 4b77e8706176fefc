import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph.ts';
import type { EntryMap } from '../../src/lib/entries.ts';
import { closestName, pinPage, searchNames, shardFor, shardNames, type SearchNames } from '../../src/lib/search-names.ts';

const graph = buildGraph([
  {
    collection: 'weapons',
    id: 'shahed-136',
    data: {
      title: 'Shahed-136',
      aliases: ['Geran-2'],
      nativeNames: [
        { name: 'شاهد ۱۳۶', lang: 'fa' },
        { name: 'Герань-2', lang: 'ru' },
      ],
    },
  },
  {
    collection: 'claims',
    id: 'geran',
    data: { title: "Russia's Geran-2 is the Shahed-136", aliases: [], history: [{ date: new Date('2022-09-13'), status: 'confirmed' }] },
  },
  { collection: 'weapons', id: 'atacms', data: { title: 'ATACMS', aliases: [] } },
  { collection: 'weapons', id: 'nasams', data: { title: 'NASAMS', aliases: [] } },
  { collection: 'actors', id: 'hossein-amir-abdollahian', data: { title: 'Hossein Amir-Abdollahian', aliases: ['Amirabdollahian'] } },
  { collection: 'actors', id: 'hossein-x', data: { title: 'Hossein Xyzzy', aliases: [] } },
  { collection: 'glossary', id: 'atacms-term', data: { term: 'ATACMS', expansion: 'Army Tactical Missile System', variants: ['MGM-140'], entity: 'atacms' } },
  { collection: 'glossary', id: 'uav', data: { term: 'UAV', expansion: 'unmanned aerial vehicle' } },
] as EntryMap[keyof EntryMap][]);

describe('search names', () => {
  const names = searchNames(graph);
  it('maps titles, aliases, native names, terms and expansions to their page', () => {
    expect(names['geran 2']).toEqual({ url: '/weapons/shahed-136/', title: 'Shahed-136', type: 'Weapon system' });
    expect(names['герань 2']?.url).toBe('/weapons/shahed-136/');
    expect(names['شاهد 136']?.url).toBe('/weapons/shahed-136/');
    expect(names['army tactical missile system']?.url).toBe('/weapons/atacms/');
    expect(names['mgm 140']?.url).toBe('/weapons/atacms/');
    expect(names['unmanned aerial vehicle']).toEqual({ url: '/glossary/#uav', title: 'UAV: unmanned aerial vehicle', type: 'Glossary term' });
  });
  it('a word only one page’s names use leads to it; a shared word does not', () => {
    expect(names['abdollahian']?.url).toBe('/actors/hossein-amir-abdollahian/');
    expect(names['hossein']).toBeUndefined();
  });
  it('pins the named page first, or reports it missing', () => {
    const urls = ['/claims/geran/?highlight=geran-2', '/weapons/shahed-136/?highlight=geran-2'];
    expect(pinPage(names['geran 2'], urls)).toEqual({ order: [1, 0] });
    expect(pinPage(names['geran 2'], ['/claims/geran/'])).toEqual({ order: [0], missing: names['geran 2'] });
    expect(pinPage(undefined, urls)).toEqual({ order: [0, 1] });
  });
  it('takes a name one or two edits away for the name, but not a short or ambiguous one', () => {
    expect(closestName(names, 'Shahid-136')?.page.url).toBe('/weapons/shahed-136/');
    expect(closestName(names, 'Nasam')?.page.url).toBe('/weapons/nasams/');
    expect(closestName(names, 'Abdolahian')?.page.url).toBe('/actors/hossein-amir-abdollahian/');
    expect(closestName(names, 'Shahed-136')).toBeUndefined(); // already a name
    expect(closestName(names, 'UAW')).toBeUndefined(); // too short to guess
    expect(closestName(names, 'Shahrd-999')).toBeUndefined(); // too far
  });
});

describe('name shards', () => {
  const names: SearchNames = Object.fromEntries(['nasams', 'nato', 'natoo', 'kiev', 'kyiv', 'ab'].map((k) => [k, { url: `/${k}/`, title: k, type: 'Actor' }]));
  it('splits a prefix until each shard holds at most the limit, and finds a key’s shard', () => {
    const { prefixes, shards } = shardNames(names, 2);
    expect(prefixes).toEqual(['a', 'k', 'nas', 'nat']);
    expect(shards.map((s) => Object.keys(s))).toEqual([['ab'], ['kiev', 'kyiv'], ['nasams'], ['nato', 'natoo']]);
    expect(shardFor(prefixes, 'natoo')).toBe(3);
    expect(shardFor(prefixes, 'kiev')).toBe(1);
    expect(shardFor(prefixes, 'zz')).toBe(-1);
    expect(shardFor(prefixes, 'na')).toBe(-1);
  });
  it('every name is in exactly one shard', () => {
    const { shards } = shardNames(names, 1);
    expect(shards.flatMap((s) => Object.keys(s)).sort()).toEqual(Object.keys(names).sort());
  });
});
