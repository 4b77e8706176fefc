/**
 * The pure side of wikilinks: parsing `[[target]]` / `[[target|text]]` and resolving a
 * target against the index of names (ids, titles, aliases) of every page.
 */
import { nameKey } from './names.ts';
import { entryUrl } from './urls.ts';
import type { EntityCollection } from './vocabulary.ts';

/** A page a wikilink can point to. */
export interface LinkTarget {
  collection: EntityCollection;
  id: string;
  title: string;
}

/** Every name a page goes by, folded with {@link nameKey}, mapped to the page. */
export type NameIndex = Map<string, LinkTarget>;

/** Matches `[[target]]` and `[[target|shown text]]`. */
export const WIKILINK = /\[\[([^[\]|\n]+?)(?:\|([^[\]\n]+?))?\]\]/g;

/** Builds a name index from pages' ids, titles and aliases; the first page to claim a name keeps it. */
export function buildNameIndex(pages: Array<LinkTarget & { aliases: string[] }>): NameIndex {
  const index: NameIndex = new Map();
  for (const page of pages) {
    for (const name of [page.id, page.title, ...page.aliases]) {
      const key = nameKey(name);
      if (key && !index.has(key)) index.set(key, { collection: page.collection, id: page.id, title: page.title });
    }
  }
  return index;
}

/** The page a wikilink target names, or undefined. */
export function resolveTarget(index: NameIndex, target: string): LinkTarget | undefined {
  return index.get(nameKey(target));
}

/** The URL of a link target. */
export function targetUrl(target: LinkTarget): string {
  return entryUrl(target.collection, target.id);
}
