/** /data/schema/<collection>.json: the JSON Schema of a collection's records, generated from its zod schema (src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { COLLECTIONS, type Collection } from '../../../lib/entries.ts';
import { jsonSchemaOf } from '../../../lib/open-data.ts';

export const getStaticPaths = () => COLLECTIONS.map((collection) => ({ params: { collection } }));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(jsonSchemaOf(params.collection as Collection), null, 1), { headers: { 'Content-Type': 'application/schema+json' } });
