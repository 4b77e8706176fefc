/** /og/<page>.png: each page's sharing card, a 1200 × 630 PNG (src/lib/og-card.ts, drawn by src/data/card-pool.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardImage, drawCards } from '../../data/card-pool.ts';
import { siteCards } from '../../data/page-cards.ts';
import { cardPath, type Card } from '../../lib/og-card.ts';

export const getStaticPaths = (async () => {
  const cards = await siteCards();
  // The build asks for every route's paths before rendering any page: the cards are drawn meanwhile.
  if (import.meta.env.PROD) drawCards([...cards.values()]);
  return [...cards].map(([path, card]) => ({ params: { path: cardPath(path).slice('/og/'.length, -'.png'.length) }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props: { card } }) =>
  new Response(new Uint8Array(await cardImage(card)), { headers: { 'Content-Type': 'image/png' } });
