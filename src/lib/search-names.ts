/**
 * The names layer for search: which page each name leads to. Pagefind finds pages by the
 * words on them; this makes a query that is exactly one of a page's names (its title, an
 * alias such as "Kiev" or "Geran-2", a name in its own script, a glossary term's
 * expansion) rank that page first, and a query one or two letters away from a name
 * ("Shahid-136") offer it as "Showing results for Shahed-136".
 *
 * It is served in shards, so a search loads only the part it needs however large the site
 * grows: `/search-names/index.json` lists the key prefixes, and `/search-names/<n>.json`
 * holds the names whose key starts with prefix n. A shard that would hold more than
 * {@link SHARD_LIMIT} names is split by a longer prefix.
 */
import { distance } from 'fastest-levenshtein';
import { titleOf, type EntryMap } from './entries.ts';
import type { Graph } from './graph.ts';
import { nameKey } from './names.ts';
import { entryUrl } from './urls.ts';
import { ENTITY_COLLECTIONS, ENTITY_TYPE_LABELS } from './vocabulary.ts';

/** One named page: its URL, title and type label. */
export interface NamedPage {
  url: string;
  title: string;
  type: string;
}

/** Name key → page. */
export type SearchNames = Record<string, NamedPage>;

/** Most names in one shard before it is split by a longer prefix (about 8 KB of JSON). */
export const SHARD_LIMIT = 80;

/** A word of a name shorter than this is never a name on its own (see {@link searchNames}). */
const MIN_WORD = 5;

/**
 * Builds the names from the graph: entity titles, aliases, native and descriptive names first; a
 * glossary term, its expansion and variants lead to the term's page or the entity it
 * names. A word of a name that no other page's names share ("Abdollahian", "Podolyak")
 * leads to its page too, so a reader may type a surname alone.
 */
export function searchNames<M extends EntryMap>(graph: Graph<M>): SearchNames {
  const names: SearchNames = {};
  const add = (name: string, page: NamedPage) => {
    const key = nameKey(name);
    if (key && !names[key]) names[key] = page;
  };
  const words = new Map<string, NamedPage | null>();
  for (const collection of ENTITY_COLLECTIONS) {
    for (const e of graph.list(collection)) {
      const page = { url: entryUrl(collection, e.id), title: titleOf(e), type: ENTITY_TYPE_LABELS[collection] };
      const data = e.data as { aliases?: string[]; nativeNames?: Array<{ name: string }>; descriptiveNames?: Array<{ name: string }> };
      const all = [titleOf(e), ...(data.aliases ?? []), ...(data.nativeNames ?? []).map((n) => n.name)];
      for (const name of [...all, ...(data.descriptiveNames ?? []).map((n) => n.name)]) add(name, page);
      for (const word of new Set(all.flatMap((n) => nameKey(n).split(' ')).filter((w) => w.length >= MIN_WORD))) {
        const seen = words.get(word);
        words.set(word, seen === undefined ? page : seen?.url === page.url ? seen : null);
      }
    }
  }
  for (const term of graph.list('glossary')) {
    const { data } = term;
    const target = data.entity ? graph.resolve(data.entity) : undefined;
    const page = target
      ? { url: entryUrl(target.collection, target.id), title: titleOf(target), type: ENTITY_TYPE_LABELS[target.collection] }
      : { url: entryUrl('glossary', term.id), title: `${data.term}: ${data.expansion}`, type: 'Glossary term' };
    for (const name of [data.term, data.expansion, ...(data.variants ?? [])]) add(name, page);
  }
  for (const [word, page] of words) if (page) add(word, page);
  return names;
}

/** The shards of the names: `prefixes[i]` is the key prefix of `shards[i]`. */
export interface NameShards {
  prefixes: string[];
  shards: SearchNames[];
}

/**
 * Splits the names into shards by key prefix, one character at a time, until each holds
 * at most `limit` names (a prefix that is a whole key keeps its names together).
 *
 *   shardNames({ nasams: …, nato: …, kiev: … }, 1) // prefixes ["k", "nas", "nat"]
 */
export function shardNames(names: SearchNames, limit = SHARD_LIMIT): NameShards {
  const prefixes: string[] = [];
  const shards: SearchNames[] = [];
  const split = (keys: string[], depth: number) => {
    const groups = Map.groupBy(keys, (k) => [...k].slice(0, depth).join(''));
    for (const [prefix, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (group.length > limit && group.some((k) => [...k].length > depth)) split(group, depth + 1);
      else {
        prefixes.push(prefix);
        shards.push(Object.fromEntries(group.sort().map((k) => [k, names[k]!])));
      }
    }
  };
  split(Object.keys(names), 1);
  return { prefixes, shards };
}

/** The shard a query's key belongs to: the index of the longest prefix it starts with, or -1. */
export function shardFor(prefixes: readonly string[], key: string): number {
  let best = -1;
  prefixes.forEach((p, i) => {
    if (key.startsWith(p) && (best < 0 || p.length > prefixes[best]!.length)) best = i;
  });
  return best;
}

/** The largest number of edits a query of this many letters may be from a name and still be taken for it. */
const allowedEdits = (length: number) => (length < 4 ? 0 : length <= 6 ? 1 : 2);

/**
 * The name a misspelt query most likely means: the key nearest to the query's key, when
 * the query is not itself a name and the nearest is one edit away (queries of four to six
 * letters) or two (longer). A tie between two pages is no answer.
 *
 *   closestName(names, 'Shahid-136') // { key: 'shahed 136', page: { title: 'Shahed-136', … } }
 */
export function closestName(names: SearchNames, query: string): { key: string; page: NamedPage } | undefined {
  const key = nameKey(query);
  const allowed = allowedEdits([...key].length);
  if (!allowed || names[key]) return undefined;
  let best: { key: string; page: NamedPage; d: number } | undefined;
  let tie = false;
  for (const [k, page] of Object.entries(names)) {
    if (Math.abs(k.length - key.length) > allowed) continue;
    const d = distance(k, key);
    if (d > allowed) continue;
    if (!best || d < best.d) [best, tie] = [{ key: k, page, d }, false];
    else if (d === best.d && page.url !== best.page.url) tie = true;
  }
  return best && !tie ? { key: best.key, page: best.page } : undefined;
}

/** Puts a page first in a list of result URLs; says so when the page is not in the list. */
export function pinPage(page: NamedPage | undefined, urls: string[]): { order: number[]; missing?: NamedPage } {
  const order = urls.map((_, i) => i);
  if (!page) return { order };
  const at = urls.findIndex((u) => u.split(/[?#]/)[0] === page.url);
  if (at < 0) return { order, missing: page };
  return { order: [at, ...order.filter((i) => i !== at)] };
}
