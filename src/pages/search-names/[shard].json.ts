/**
 * /search-names/<i>.json: one shard of the names layer, name key → page, for the keys that
 * start with prefix i of /search-names/index.json (src/lib/search-names.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '../../data/site-graph.ts';
import { searchNames, shardNames, type SearchNames } from '../../lib/search-names.ts';

export const getStaticPaths = (async () =>
  shardNames(searchNames(await getGraph())).shards.map((names, i) => ({ params: { shard: String(i) }, props: { names } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ names: SearchNames }> = ({ props }) =>
  new Response(JSON.stringify(props.names), { headers: { 'Content-Type': 'application/json' } });
