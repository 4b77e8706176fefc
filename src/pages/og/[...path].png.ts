/** /og/<page>.png: each page's sharing card, a 1200 × 630 PNG (src/lib/og-card.ts, drawn by src/data/card-images.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPng } from '../../data/card-images.ts';
import { siteCards } from '../../data/page-cards.ts';
import { cardPath, type Card } from '../../lib/og-card.ts';

export const getStaticPaths = (async () =>
  [...(await siteCards())].map(([path, card]) => ({
    params: { path: cardPath(path).slice('/og/'.length, -'.png'.length) },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props: { card } }) =>
  new Response(new Uint8Array(await cardPng(card)), { headers: { 'Content-Type': 'image/png' } });
