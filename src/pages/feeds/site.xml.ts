/** /feeds/site.xml: new pages, status changes and corrections across the site (src/lib/feeds.ts). */
import type { APIRoute } from 'astro';
import { firstCommittedOf } from '../../data/git-dates.ts';
import { getGraph } from '../../data/site-graph.ts';
import { COLLECTIONS } from '../../lib/entries.ts';
import { atomFeed, SITE_FEEDS, siteEntries } from '../../lib/feeds.ts';

export const GET: APIRoute = async () => {
  const graph = await getGraph();
  const entries = siteEntries(
    COLLECTIONS.flatMap((c) => graph.list(c)),
    (e) => (e.filePath ? firstCommittedOf(e.filePath) : undefined),
  );
  return new Response(atomFeed(SITE_FEEDS.site, entries), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
