/**
 * /search-names/index.json: the key prefix of each shard of the names layer
 * (src/lib/search-names.ts); shard i is /search-names/i.json.
 */
import type { APIRoute } from 'astro';
import { getGraph } from '../../data/site-graph.ts';
import { searchNames, shardNames } from '../../lib/search-names.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(shardNames(searchNames(await getGraph())).prefixes), { headers: { 'Content-Type': 'application/json' } });
