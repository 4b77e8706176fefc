/** The id (file name and URL) `npm run new` gives a new entry's name. */
import { kebabCase } from '../../src/lib/content-check.ts';

/** Ids are file names and URLs: long enough to say what the entry is, short enough to type. */
export const MAX_ID_LENGTH = 60;

/**
 * Letters that Unicode does not split into a base letter and an accent, so `kebabCase`
 * would drop them: "Støre" must become "store", not "st-re".
 */
const LETTERS: Record<string, string> = { æ: 'ae', œ: 'oe', ø: 'o', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * The id of a new entry: the name in kebab case, accents transliterated and apostrophes
 * dropped ("Russia's" → "russias", not "russia-s"), cut at a word boundary to at most
 * 60 characters. Empty when the name has no Latin letter or digit.
 *
 *   entryId('Mykhaïlo Podolyak') === 'mykhailo-podolyak'
 */
export function entryId(name: string): string {
  const latin = name
    .toLowerCase()
    .replace(/[æœøßłđðþı]/g, (c) => LETTERS[c] ?? c)
    .replace(/['’ʼ]/g, '');
  const id = kebabCase(latin);
  if (id.length <= MAX_ID_LENGTH) return id;
  // Look one character past the limit: a dash there means the first 60 end on a whole word.
  const end = id.slice(0, MAX_ID_LENGTH + 1).lastIndexOf('-');
  return end > 0 ? id.slice(0, end) : id.slice(0, MAX_ID_LENGTH);
}
