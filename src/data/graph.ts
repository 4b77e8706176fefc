/**
 * The one place that reads Astro's content collections: it loads every entry, builds
 * the knowledge graph (src/lib/graph.ts) once per build and hands it to pages.
 */
import { readFileSync } from 'node:fs';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildGraph, COLLECTIONS, keyOf, type Graph, type ProseData } from '../lib/graph.ts';
import { auditContent, glossaryWarnings } from '../lib/audit.ts';
import { ContentError } from '../lib/content-error.ts';
import type { ProseLink } from '../lib/relations.ts';
import { lookupForm, TOKEN } from '../lib/acronyms.ts';
import { CITATION } from '../plugins/remark-citations.ts';
import { readGlossaryIndex } from './content-index.ts';
import { ENTITY_COLLECTIONS } from '../lib/vocabulary.ts';

/** The typed entries of each collection, as the graph returns them. */
export type Entries = { [K in (typeof COLLECTIONS)[number]]: CollectionEntry<K> };
export type SiteGraph = Graph<Entries>;

let graph: Promise<SiteGraph> | undefined;

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The site's own MDX pages, outside the collections, whose citations count for the audit. */
const SITE_PAGES = ['src/pages/about.mdx'];

/** Source ids cited, and glossary term ids used, by the site's own pages. */
function sitePageUses(): { citations: Set<string>; terms: Set<string> } {
  const texts = SITE_PAGES.map((f) => readText(f) ?? '');
  const glossary = readGlossaryIndex();
  return {
    citations: new Set(texts.flatMap((t) => [...t.matchAll(CITATION)].flatMap((m) => m[1]!.split(';').map((s) => s.trim().slice(1))))),
    terms: new Set(texts.flatMap((t) => [...t.matchAll(TOKEN)].map((m) => lookupForm(glossary, m[0])?.id).filter((id): id is string => !!id))),
  };
}

/** What the remark plugins recorded while rendering an MDX entry: its citations and links. */
async function proseOf(entry: Entries[(typeof ENTITY_COLLECTIONS)[number]]): Promise<ProseData> {
  const { remarkPluginFrontmatter: data } = await render(entry);
  return {
    citations: (data.citations ?? []) as string[],
    links: (data.wikilinks ?? []) as ProseLink[],
    acronyms: (data.acronyms ?? {}) as Record<string, number>,
  };
}

/** The site's knowledge graph, built on first use and shared by every page of the build. */
export function getGraph(): Promise<SiteGraph> {
  graph ??= (async () => {
    // Drafts (draft: true, made by `npm run new`) are checked before the build but never published.
    const all = (await Promise.all(COLLECTIONS.map((c) => getCollection(c, (e) => !e.data.draft)))).flat() as Entries[keyof Entries][];
    const prose = new Map<string, ProseData>();
    for (const entry of all) {
      if ((ENTITY_COLLECTIONS as readonly string[]).includes(entry.collection)) {
        prose.set(keyOf(entry), await proseOf(entry as Entries[(typeof ENTITY_COLLECTIONS)[number]]));
      }
    }
    const built = buildGraph<Entries>(all, readText, prose);
    const site = sitePageUses();
    const problems = auditContent(built, site.citations, readText);
    if (problems.length) throw new ContentError(problems);
    for (const warning of glossaryWarnings(built, site.terms)) console.warn(`[glossary] ${warning}`);
    return built;
  })();
  return graph;
}
