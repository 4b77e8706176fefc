/**
 * /previews/pages.json and /previews/sources.json: the cards the link and citation
 * previews show (src/lib/previews.ts), fetched by src/components/Previews.astro.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph } from '../../data/site-graph.ts';
import { pagePreviews, sourcePreviews } from '../../lib/previews.ts';
import { ENTITY_COLLECTIONS } from '../../lib/vocabulary.ts';

export const getStaticPaths = (() => [{ params: { file: 'pages' } }, { params: { file: 'sources' } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const graph = await getGraph();
  const cards = params.file === 'pages' ? pagePreviews(ENTITY_COLLECTIONS.flatMap((c) => graph.list(c))) : sourcePreviews(graph.list('sources'));
  return new Response(JSON.stringify(cards), { headers: { 'Content-Type': 'application/json' } });
};
