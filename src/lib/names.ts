/**
 * Name matching for ids and aliases. Two names that differ only in case, accents,
 * spacing or the kind of dash are the same name: "Geran-2", "geran 2" and "GERAN–2"
 * all resolve to the same page, and two pages may not claim it. Names in other scripts
 * fold the same way, with their letter forms and digits (see foldScript).
 */
import { foldScript } from './native-names.ts';

/** Folds a name to the key used for look-ups and duplicate checks. */
export function nameKey(name: string): string {
  return foldScript(name)
    .replace(/[\s\u2010-\u2015_-]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim();
}
