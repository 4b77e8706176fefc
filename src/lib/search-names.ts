/**
 * The names index for search: which page each name leads to. Pagefind finds pages by
 * the words on them; this makes a query that is exactly one of a page's names (its
 * title, an alias such as "Kiev" or "Geran-2", or a glossary term's expansion) rank
 * that page first.
 */
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

/** Name key → page, as served at /search-names.json. */
export type SearchNames = Record<string, NamedPage>;

/** Builds the index from the graph: entity names first; a glossary expansion leads to the term's page. */
export function searchNames<M extends EntryMap>(graph: Graph<M>): SearchNames {
  const names: SearchNames = {};
  const add = (name: string, page: NamedPage) => {
    const key = nameKey(name);
    if (key && !names[key]) names[key] = page;
  };
  for (const collection of ENTITY_COLLECTIONS) {
    for (const e of graph.list(collection)) {
      const page = { url: entryUrl(collection, e.id), title: titleOf(e), type: ENTITY_TYPE_LABELS[collection] };
      for (const name of [titleOf(e), ...(e.data.aliases ?? [])]) add(name, page);
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
  return names;
}

/** Puts the page a query names first in a list of result URLs; returns the page if it was not in the list. */
export function pinNamedPage(names: SearchNames, query: string, urls: string[]): { order: number[]; missing?: NamedPage } {
  const page = names[nameKey(query)];
  const order = urls.map((_, i) => i);
  if (!page) return { order };
  const at = urls.findIndex((u) => u.split(/[?#]/)[0] === page.url);
  if (at < 0) return { order, missing: page };
  return { order: [at, ...order.filter((i) => i !== at)] };
}
