/**
 * "Did you mean …?": the known names nearest to a mistyped one, worded the same way in
 * every message the site gives (unknown fields, references, citations, wikilinks, links).
 */
import { distance } from 'fastest-levenshtein';

/** Levenshtein distance between two strings. */
export const editDistance = distance;

/**
 * The known strings close to `unknown`, nearest first, at most `max`. Close means within
 * half its length in edits (at least 2), or one containing the other; case is ignored.
 */
export function closest(unknown: string, known: readonly string[], max = 3): string[] {
  const limit = Math.max(2, Math.floor(unknown.length / 2));
  const lower = unknown.toLowerCase();
  return known
    .map((k) => ({ k, d: distance(lower, k.toLowerCase()) }))
    .filter(({ k, d }) => d <= limit || k.includes(unknown) || unknown.includes(k))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, max)
    .map(({ k }) => k);
}

const or = new Intl.ListFormat('en-GB', { type: 'disjunction' });

/**
 * A fix led by the known names nearest to the unknown one, if any are close.
 *
 *   didYouMean('nasam', ['nasams', 'atacms'], 'Use the id of a page.')
 *   === 'Did you mean "nasams"? Use the id of a page.'
 */
export function didYouMean(unknown: string, known: readonly string[], fix: string, max = 3): string {
  const near = closest(unknown, known, max);
  return near.length ? `Did you mean ${or.format(near.map((n) => `"${n}"`))}? ${fix}` : fix;
}
