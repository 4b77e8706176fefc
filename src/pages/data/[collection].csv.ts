/** /data/<collection>.csv: the tabular collections (claims, events, sources) as CSV (src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { getGraph } from '../../data/site-graph.ts';
import { jsonSchemaOf, recordOf, TABULAR_COLLECTIONS, toCsv } from '../../lib/open-data.ts';

export const getStaticPaths = () => TABULAR_COLLECTIONS.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = async ({ params }) => {
  const collection = params.collection as (typeof TABULAR_COLLECTIONS)[number];
  const records = (await getGraph()).list(collection).map((e) => recordOf(e));
  return new Response(toCsv(records, jsonSchemaOf(collection)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
