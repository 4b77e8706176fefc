/**
 * /search-names.json: every name each page goes by (title, aliases, glossary term and
 * expansion), folded with nameKey. The search page ranks the page a query names exactly
 * first, because Pagefind has no synonyms and ranks by word counts.
 */
import type { APIRoute } from 'astro';
import { getGraph } from '../data/site-graph.ts';
import { searchNames } from '../lib/search-names.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(searchNames(await getGraph())), { headers: { 'Content-Type': 'application/json' } });
