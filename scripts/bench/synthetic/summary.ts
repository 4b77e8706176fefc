/** The two-sentence summary every synthetic page has. */
import type { Entity, World } from './model.ts';
import { NOUNS } from './words.ts';

/** "<title> is <what> that appears in reports on …", two sentences, well under the 600-character limit. */
export function summaryOf({ r, places }: World, e: Entity, what: string): string {
  return `${e.title} is ${what} that appears in reports on the ${r.pick(NOUNS)} near ${r.pick(places)}. Sources describe its part in the events of ${r.int(2019, 2022)} and what was said about the ${r.pick(NOUNS)} later.`;
}
