/**
 * The one place that reads Astro's content collections: it loads every entry, builds
 * the knowledge graph (src/lib/graph.ts) once per build and hands it to pages.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildGraph, COLLECTIONS, type Graph } from '../lib/graph.ts';

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

/** The site's knowledge graph, built on first use and shared by every page of the build. */
export function getGraph(): Promise<SiteGraph> {
  graph ??= (async () => {
    const all = await Promise.all(COLLECTIONS.map((c) => getCollection(c)));
    return buildGraph<Entries>(all.flat() as Entries[keyof Entries][], readText);
  })();
  return graph;
}
