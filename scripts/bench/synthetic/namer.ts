/**
 * Made-up names for the synthetic content, unique across the whole set: every id, title
 * and alias is compared after {@link nameKey} folding, as the build compares names, and
 * never a placeholder word the audit refuses.
 */
import { nameKey } from '../../../src/lib/names.ts';
import type { Random } from './random.ts';
import { BANNED, cap, CODAS, COUNTRY_ENDINGS, ONSETS, VOWELS } from './words.ts';

/** The names of a page. */
export interface Names {
  id: string;
  title: string;
  aliases: string[];
}

/** Makes words and names that no other part of the set uses. */
export class Namer {
  private readonly r: Random;
  /** nameKey of every entity id, title and alias. */
  private readonly taken = new Set<string>();
  /** Made-up words already used, so names differ. */
  private readonly words = new Set<string>();

  constructor(r: Random) {
    this.r = r;
  }

  /** `count` syllables and an optional closing consonant, in lower case. */
  syllables(count: number): string {
    let w = '';
    for (let i = 0; i < count; i++) w += this.r.pick(ONSETS) + this.r.pick(VOWELS);
    return w + this.r.pick(CODAS);
  }

  /** A new made-up capitalized word of `min` to `max` syllables. */
  madeUp(min = 2, max = 3): string {
    for (;;) {
      const w = cap(this.syllables(this.r.int(min, max)));
      if (!BANNED.test(w) && !this.words.has(w)) {
        this.words.add(w);
        return w;
      }
    }
  }

  /** A made-up country name ("Drakistan"); countries may repeat a word, as real ones do. */
  country(): string {
    const w = cap(this.syllables(this.r.int(1, 2)).replace(/[aeiou]+$/, '')) + this.r.pick(COUNTRY_ENDINGS);
    this.words.add(w);
    return w;
  }

  /** Tries `make` until its id and title are free, then keeps the aliases that are free. */
  named(make: () => Names): Names {
    for (;;) {
      const { id, title, aliases } = make();
      if (!this.claim([id, title])) continue;
      return { id, title, aliases: aliases.filter((a) => this.claim([a])) };
    }
  }

  /** Takes a set of names for one page if none is taken; false otherwise. */
  private claim(names: string[]): boolean {
    const keys = [...new Set(names.map(nameKey))];
    if (keys.some((k) => !k || this.taken.has(k))) return false;
    for (const k of keys) this.taken.add(k);
    return true;
  }
}
