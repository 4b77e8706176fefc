/** /data/<collection>/<id>.json: one entry's record, linked from its page (src/lib/open-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '../../../data/site-graph.ts';
import { COLLECTIONS, type EntryLike } from '../../../lib/entries.ts';
import { recordOf } from '../../../lib/open-data.ts';

export const getStaticPaths = (async () => {
  const graph = await getGraph();
  return COLLECTIONS.flatMap((collection) => graph.list(collection).map((entry) => ({ params: { collection, id: entry.id }, props: { entry } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: EntryLike }> = ({ props: { entry } }) =>
  new Response(JSON.stringify(recordOf(entry), null, 1), { headers: { 'Content-Type': 'application/json' } });
