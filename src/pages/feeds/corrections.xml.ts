/** /feeds/corrections.xml: every correction on every page (src/lib/feeds.ts). */
import type { APIRoute } from 'astro';
import { getGraph } from '../../data/site-graph.ts';
import { COLLECTIONS } from '../../lib/entries.ts';
import { allCorrectionEntries, atomFeed, SITE_FEEDS } from '../../lib/feeds.ts';

export const GET: APIRoute = async () => {
  const graph = await getGraph();
  const entries = allCorrectionEntries(COLLECTIONS.flatMap((c) => graph.list(c)));
  return new Response(atomFeed(SITE_FEEDS.corrections, entries), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
