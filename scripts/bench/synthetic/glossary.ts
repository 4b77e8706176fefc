/** The synthetic glossary: made-up all-capitals terms, each expanded from words with its letters. */
import type { Entity, Source, SyntheticFile, Term } from './model.ts';
import type { Random } from './random.ts';
import { ACRONYM_LETTERS, ADJECTIVES, BANNED, EXPANSION_WORDS, NOUNS } from './words.ts';
import { yamlText } from './yaml.ts';

/** The number of made-up glossary terms. */
export const SYNTHETIC_TERM_COUNT = 40;

/**
 * {@link SYNTHETIC_TERM_COUNT} terms of three or four letters, none of them in `reserved`
 * (the terms the support files define); some stand for a weapon page, some cite a source.
 */
export function makeTerms(r: Random, reserved: readonly string[], weapons: Entity[], sources: Source[], places: string[]) {
  const terms: Term[] = [];
  const files: SyntheticFile[] = [];
  const seen = new Set(reserved);
  while (terms.length < SYNTHETIC_TERM_COUNT) {
    const letters = Array.from({ length: r.int(3, 4) }, () => r.pick(ACRONYM_LETTERS));
    const term = letters.join('');
    if (seen.has(term) || BANNED.test(term)) continue;
    seen.add(term);
    const text = yamlText({
      term,
      expansion: letters.map((l) => r.pick(EXPANSION_WORDS[l]!)).join(' '),
      definition: `A ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} used in reports on the ${r.pick(NOUNS)} near ${r.pick(places)}.`,
      entity: weapons.length && r.chance(0.15) ? r.pick(weapons).id : undefined,
      sources: r.chance(0.3) ? [r.pick(sources).id] : undefined,
    });
    terms.push({ id: term.toLowerCase(), term });
    files.push({ path: `glossary/${term.toLowerCase()}.yaml`, text });
  }
  return { terms, files };
}
