/**
 * The one place that reads Astro's content collections: it loads every entry, builds
 * the knowledge graph (src/lib/graph.ts) once per build and hands it to pages.
 */
import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { auditContent, glossaryWarnings, provenanceShares, provenanceSummary, provenanceWarnings } from '../lib/audit.ts';
import { ContentError } from '../lib/content-error.ts';
import { COLLECTIONS, isEntity, keyOf, type Collection } from '../lib/entries.ts';
import { buildGraph, type Graph, type ProseData } from '../lib/graph.ts';
import { proseDataOf } from '../lib/page-data.ts';
import { readSitePageUses } from './content-index.ts';
import { recordProblems } from './problem-log.ts';

/** The typed entries of each collection, as the graph returns them. */
export type Entries = { [K in Collection]: CollectionEntry<K> };
export type SiteGraph = Graph<Entries>;

let graph: Promise<SiteGraph> | undefined;

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Builds the graph and audits it; problems are recorded for `npm run check`, then thrown.
 * The content check has run the same checks on its own reading of the files
 * (src/lib/content-check.ts); they run again here, on Astro's entries, so a build that
 * skipped the check (EXPLAINER_CONTENT_CHECKED) still publishes nothing they refuse.
 */
async function build(): Promise<SiteGraph> {
  // Drafts (draft: true, made by `npm run new`) are checked before the build but never published.
  const all: Entries[Collection][] = (await Promise.all(COLLECTIONS.map((c) => getCollection(c, (e) => !e.data.draft)))).flat();
  const prose = new Map<string, ProseData>();
  for (const entry of all) {
    // What the remark plugins recorded while rendering the entry: its citations, links and terms.
    if (isEntity(entry)) prose.set(keyOf(entry), proseDataOf((await render(entry)).remarkPluginFrontmatter));
  }
  try {
    const built = buildGraph<Entries>(all, readText, prose);
    const site = readSitePageUses();
    const problems = auditContent(built, site.citations, readText);
    if (problems.length) throw new ContentError(problems);
    for (const warning of glossaryWarnings(built, site.terms)) console.warn(`[glossary] ${warning}`);
    const shares = provenanceShares(built);
    for (const line of provenanceSummary(shares)) console.info(`[provenance] ${line}`);
    for (const warning of provenanceWarnings(shares)) console.warn(`[provenance] ${warning}`);
    return built;
  } catch (e) {
    if (e instanceof ContentError) recordProblems(e.problems);
    throw e;
  }
}

/** The site's knowledge graph, built on first use and shared by every page of the build. */
export function getGraph(): Promise<SiteGraph> {
  graph ??= build();
  return graph;
}
