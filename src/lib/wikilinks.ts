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

/**
 * The sentence of `text` that holds the character at `offset`, for backlink context:
 * citations (raw "[@id]" or rendered "[3]") are dropped, white space folded, and long
 * sentences cut at 280 characters.
 *
 *   sentenceAt('Iran denied it. Ryder said no [@s1]. Later.', 16) === 'Ryder said no.'
 */
export function sentenceAt(text: string, offset: number): string {
  // A full stop after a lone capital is an initial ("Patrick S. Ryder"), not a sentence end;
  // nor is one after a title or an abbreviation that a name follows ("Warner Bros. Discovery").
  const boundary = /(?<=(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sgt|St|Bros|vs))[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/g;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(boundary)) {
    if (m.index! + m[0].length <= offset) start = m.index! + m[0].length;
    else if (m.index! >= offset) {
      end = m.index!;
      break;
    }
  }
  const sentence = text
    .slice(start, end)
    .replace(/\s*\[(?:@[^\]]+|\d+)\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return sentence.length > 280 ? `${sentence.slice(0, 279).trimEnd()}…` : sentence;
}
