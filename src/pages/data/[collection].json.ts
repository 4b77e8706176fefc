/** /data/<collection>.json: every record of a collection (src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { getGraph } from '../../data/site-graph.ts';
import { COLLECTIONS, type Collection } from '../../lib/entries.ts';
import { recordOf } from '../../lib/open-data.ts';

export const getStaticPaths = () => COLLECTIONS.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = async ({ params }) => {
  const records = (await getGraph()).list(params.collection as Collection).map((e) => recordOf(e));
  return new Response(JSON.stringify(records, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
