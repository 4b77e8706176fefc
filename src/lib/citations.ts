/**
 * The citation syntax: `[@source-id]`, or `[@a; @b]` for several sources at once.
 * remark-citations turns citations into numbered marks; the graph reads the site's own
 * pages' citations with the same pattern.
 */

/** Matches `[@id]` and `[@a; @b]`; group 1 is the list of `@id`s. */
export const CITATION = /\[((?:@[a-z0-9][a-z0-9-]*)(?:\s*;\s*@[a-z0-9][a-z0-9-]*)*)\]/g;

/** The source ids of one citation's list: `@a; @b` → ['a', 'b']. */
export function citedIds(list: string): string[] {
  return list.split(';').map((s) => s.trim().slice(1));
}

/** Every source id cited in a text, in order, repeats kept. */
export function citationIds(text: string): string[] {
  // A copy: matchAll starts from the pattern's lastIndex, which a search stopped half-way
  // (remark-citations failing on an unknown source) leaves where it stopped.
  return [...text.matchAll(new RegExp(CITATION))].flatMap((m) => citedIds(m[1]!));
}
