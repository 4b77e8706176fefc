/** /feeds/claims/<id>.xml: one claim's status changes and corrections (src/lib/feeds.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getGraph, type Entries } from '../../../data/site-graph.ts';
import { atomFeed, claimEntries, claimFeed } from '../../../lib/feeds.ts';

export const getStaticPaths = (async () =>
  (await getGraph()).list('claims').map((claim) => ({ params: { id: claim.id }, props: { claim } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ claim: Entries['claims'] }> = ({ props: { claim } }) =>
  new Response(atomFeed(claimFeed(claim), claimEntries(claim)), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
