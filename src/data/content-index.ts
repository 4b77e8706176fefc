/**
 * What the remark plugins need to know about the whole site while one file compiles:
 * the ids of all sources, and every name of every page. Read from the files under the
 * content root, because Astro's collections are not available inside a remark plugin.
 * The knowledge graph checks the same names again, with their files, at render time.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildGlossaryIndex, lookupForm, TOKEN, type GlossaryIndex } from '../lib/acronyms.ts';
import { citationIds } from '../lib/citations.ts';
import { isDraftText, yamlOf } from '../lib/frontmatter.ts';
import { settings } from '../lib/settings.ts';
import { entryUrl } from '../lib/urls.ts';
import { buildNameIndex, resolveTarget, targetUrl, type LinkTarget, type NameIndex } from '../lib/wikilinks.ts';
import { isEntityCollection } from '../lib/entries.ts';
import { ENTITY_COLLECTIONS } from '../lib/vocabulary.ts';
import type { ContentFile } from '../lib/content-check.ts';
import type { ProseIndexes } from '../plugins/prose-check.ts';
import { readContentFiles } from './content-files.ts';

/** Before src/lib/frontmatter.ts (tests/unit/scaffold.test.ts still imports it from here). */

/**
 * The indexes, read once and kept until content changes: every compiled MDX file asks for
 * them, and reading all files for each of n files made a build take time in n². The dev
 * server clears them when a content file changes (src/integrations/content-check.ts).
 */
const cache = new Map<string, unknown>();

/** Forgets the indexes, so the next compile reads the content again. */
export function clearContentIndexes(): void {
  cache.clear();
}

function cached<T>(key: string, read: () => T): T {
  if (!cache.has(key)) cache.set(key, read());
  return cache.get(key) as T;
}

/** The content root: `content/`, or a fixture set named by EXPLAINER_CONTENT. */
export function contentRoot(): string {
  return settings().contentDir;
}

/** The published files of a collection's folder with an extension (drafts are left out), and that folder. */
function filesOf(root: string, collection: string, ext: string): { dir: string; files: ContentFile[] } {
  const dir = join(root, collection);
  const prefix = `${dir.split(sep).join('/')}/`;
  const all = cached(`files:${root}`, () => readContentFiles(root));
  return { dir, files: all.filter((f) => f.path.startsWith(prefix) && f.path.endsWith(ext) && !isDraftText(f.text)) };
}

/** An entry id the way Astro's glob loader makes it: the path below the collection, without extension. */
function idOf(dir: string, file: string, ext: string): string {
  return relative(dir, file).slice(0, -ext.length).split(sep).join('/');
}

/** The ids of every source in `<root>/sources/`. */
export function readSourceIds(root = contentRoot()): Set<string> {
  return cached(`sources:${root}`, () => sourceIdsIn(root));
}

function sourceIdsIn(root: string): Set<string> {
  const { dir, files } = filesOf(root, 'sources', '.yaml');
  return new Set(files.map((f) => idOf(dir, f.path, '.yaml')));
}

/** Every name (id, title, alias) of every actor, weapon and claim page. */
export function readNameIndex(root = contentRoot()): NameIndex {
  return cached(`names:${root}`, () => nameIndexIn(root));
}

function nameIndexIn(root: string): NameIndex {
  const pages: Array<LinkTarget & { aliases: string[] }> = [];
  for (const collection of ENTITY_COLLECTIONS) {
    const { dir, files } = filesOf(root, collection, '.mdx');
    for (const file of files) {
      let data: { title?: unknown; aliases?: unknown } = {};
      try {
        data = parseYaml(yamlOf(file.text)?.yaml ?? '') ?? {};
      } catch {
        // Broken frontmatter is reported by the content schema with its own message.
      }
      const id = idOf(dir, file.path, '.mdx');
      const title = typeof data.title === 'string' ? data.title : id;
      const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a): a is string => typeof a === 'string') : [];
      pages.push({ collection, id, title, aliases });
    }
  }
  return buildNameIndex(pages);
}

/** Every form of every glossary term, with the page each term stands for. */
export function readGlossaryIndex(root = contentRoot()): GlossaryIndex {
  return cached(`glossary:${root}`, () => glossaryIndexIn(root));
}

function glossaryIndexIn(root: string): GlossaryIndex {
  const { dir, files } = filesOf(root, 'glossary', '.yaml');
  const names = readNameIndex(root);
  const terms = files.flatMap((file) => {
    let data: { term?: unknown; expansion?: unknown; variants?: unknown; entity?: unknown } = {};
    try {
      data = parseYaml(file.text) ?? {};
    } catch {
      return []; // reported by the glossary schema
    }
    if (typeof data.term !== 'string' || typeof data.expansion !== 'string') return [];
    const target = typeof data.entity === 'string' ? resolveTarget(names, data.entity) : undefined;
    const variants = Array.isArray(data.variants) ? data.variants.filter((v): v is string => typeof v === 'string') : [];
    return [{ id: idOf(dir, file.path, '.yaml'), term: data.term, expansion: data.expansion, variants, href: target && targetUrl(target) }];
  });
  return buildGlossaryIndex(terms);
}

/** The URL of the entity page a content file renders to, or undefined for other files. */
export function pageUrlOf(path: string, root = contentRoot()): string | undefined {
  const rel = relative(resolve(root), resolve(path)).split(sep);
  const [collection, ...rest] = rel;
  if (!collection || !isEntityCollection(collection) || !rest.length) return undefined;
  return entryUrl(collection, rest.join('/').replace(/\.mdx$/, ''));
}

/** The site's own MDX pages, outside the collections, whose citations and terms count for the audit. */
const SITE_PAGES = ['src/pages/about.mdx'];

/** Source ids cited, and glossary term ids used, by the site's own pages (src/pages/about.mdx). */
export function readSitePageUses(root = contentRoot()): { citations: Set<string>; terms: Set<string> } {
  const texts = SITE_PAGES.map((f) => (existsSync(f) ? readFileSync(f, 'utf8') : ''));
  const glossary = readGlossaryIndex(root);
  return {
    citations: new Set(texts.flatMap(citationIds)),
    terms: new Set(texts.flatMap((t) => [...t.matchAll(TOKEN)].map((m) => lookupForm(glossary, m[0])?.id).filter((id): id is string => !!id))),
  };
}

/** The indexes the content check's prose pass resolves every file's prose with: the same ones the build's plugins use. */
export function readProseIndexes(root = contentRoot()): ProseIndexes {
  return {
    names: () => readNameIndex(root),
    sourceIds: () => readSourceIds(root),
    glossary: () => readGlossaryIndex(root),
    pageUrl: (file) => pageUrlOf(file.path, root),
    publicFile: (path) => existsSync(join('public', path)) && statSync(join('public', path)).isFile(),
    citedElsewhere: () => readSitePageUses(root).citations,
  };
}
