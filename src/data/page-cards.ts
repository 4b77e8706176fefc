/** Every page's sharing card (src/lib/og-card.ts), made once per build from the knowledge graph. */
import { cardsOfEntries, type Card } from '../lib/og-card.ts';
import { ENTITY_COLLECTIONS } from '../lib/vocabulary.ts';
import { getGraph } from './site-graph.ts';

let cards: Promise<Map<string, Card>> | undefined;

/** The cards by site path ("/weapons/nasams/", "/404/"). */
export function siteCards(): Promise<Map<string, Card>> {
  cards ??= getGraph().then((graph) => cardsOfEntries(ENTITY_COLLECTIONS.flatMap((collection) => graph.list(collection))));
  return cards;
}

/** The card of the page at a site path; a page with none stops the build, saying where cards are listed. */
export async function cardOf(path: string): Promise<Card> {
  const card = (await siteCards()).get(path);
  if (!card) throw new Error(`The page ${path} has no sharing card: add its title to SITE_PAGE_TITLES in src/lib/og-card.ts.`);
  return card;
}
