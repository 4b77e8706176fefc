/**
 * A small story for the relation and map tests: a claim, its claimant and denier, two
 * weapons of one maker, an event and a glossary term, with one prose link by alias.
 */
import { buildGraph, type ProseData } from '../../src/lib/graph.ts';
import type { EntryMap } from '../../src/lib/entries.ts';

export const ref = (collection: string, id: string) => ({ collection, id });
export const d = (s: string) => new Date(s);
export const history = [{ date: d('2022-10-16'), status: 'unverified', why: 'Reported.', sources: [ref('sources', 's1')] }];

export const entries = [
  { collection: 'actors', id: 'dod', data: { title: 'US Department of Defense', aliases: ['Pentagon'] } },
  {
    collection: 'actors',
    id: 'ryder',
    data: {
      title: 'Patrick S. Ryder',
      kind: 'person',
      aliases: [],
      roles: [{ title: 'Press Secretary', organization: ref('actors', 'dod'), sources: [ref('sources', 's1')] }],
      partOf: [ref('actors', 'dod')],
    },
  },
  { collection: 'actors', id: 'rtx', data: { title: 'RTX', aliases: ['Raytheon'] } },
  { collection: 'actors', id: 'iran', data: { title: 'Government of Iran', aliases: [] } },
  {
    collection: 'weapons',
    id: 'nasams',
    data: { title: 'NASAMS', aliases: [], makers: [ref('actors', 'rtx')], operators: [{ name: 'Ukraine', since: '2022-11', sources: [ref('sources', 's1')] }] },
  },
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
  {
    collection: 'events',
    id: 'e1',
    data: {
      title: 'Briefing',
      date: d('2022-11-08'),
      actors: [ref('actors', 'ryder'), ref('actors', 'iran')],
      weapons: [],
      claims: [],
      sources: [ref('sources', 's1')],
    },
  },
  { collection: 'glossary', id: 'nasams-term', data: { term: 'NASAMS', expansion: 'National Advanced Surface-to-Air Missile System', entity: 'nasams' } },
] as unknown as EntryMap[keyof EntryMap][];

const prose = new Map<string, ProseData>([
  ['weapons/nasams', { citations: ['s2', 's1'], links: [{ id: 'Pentagon', sentence: 'The Pentagon confirmed delivery.' }] }],
]);
export const graph = buildGraph(entries, () => undefined, prose);
export const get = <C extends 'actors' | 'weapons' | 'claims' | 'sources'>(c: C, id: string) => graph.get(c, id)!;
