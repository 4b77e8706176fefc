// The synthetic content of the scale benchmark (scripts/bench/synthetic/): deterministic, the
// right mix, and valid by every rule the build applies (content check, links, citations,
// acronyms, and the graph's and the audit's rules). The prose goes through the site's own
// remark plugins (src/plugins/index.ts) with the set's indexes, as the build does; the golden
// harness's render() has fixed indexes, so it cannot be used for another content set.
import { readFileSync } from 'node:fs';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildGlossaryIndex } from '../../src/lib/acronyms.ts';
import { auditContent } from '../../src/lib/audit.ts';
import { checkContentFiles } from '../../src/lib/content-check.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { buildGraph, type ProseData } from '../../src/lib/graph.ts';
import type { EntryMap } from '../../src/lib/entries.ts';
import { collectionSchemas, plainRef, type CollectionName } from '../../src/lib/schemas.ts';
import { SUPPORT_TERM_COUNT, SYNTHETIC_TERM_COUNT, syntheticContent, syntheticMix } from '../../scripts/bench/synthetic/index.ts';
import { buildNameIndex, resolveTarget, WIKILINK } from '../../src/lib/wikilinks.ts';
import { remarkPlugins } from '../../src/plugins/index.ts';
import { ENTITY_COLLECTIONS, type EntityCollection } from '../../src/lib/vocabulary.ts';

const N = 60;
const files = syntheticContent(N);
const schemas = collectionSchemas(plainRef);
const collectionOf = (path: string) => path.split('/')[0] as CollectionName;
const idOf = (path: string) => path.split('/')[1]!.replace(/\.(mdx|yaml)$/, '');
const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n', 3) + 5);
const yamlOf = (path: string, text: string) => (path.endsWith('.mdx') ? splitFrontmatter(text)!.yaml : text);
const pages = files.filter((f) => (ENTITY_COLLECTIONS as readonly string[]).includes(collectionOf(f.path)));

/** Every entry as the graph sees it: data parsed by the collection's schema. */
const entries = files.map((f) => {
  const collection = collectionOf(f.path);
  const data = schemas[collection].parse(parseYaml(yamlOf(f.path, f.text)));
  return { collection, id: idOf(f.path), filePath: `content/${f.path}`, body: f.path.endsWith('.mdx') ? bodyOf(f.text) : undefined, data };
}) as EntryMap[keyof EntryMap][];

const names = buildNameIndex(
  entries
    .filter((e) => (ENTITY_COLLECTIONS as readonly string[]).includes(e.collection))
    .map((e) => {
      const data = e.data as { title: string; aliases: string[] };
      return { collection: e.collection as EntityCollection, id: e.id, title: data.title, aliases: data.aliases };
    }),
);
const sourceIds = new Set(files.filter((f) => f.path.startsWith('sources/')).map((f) => idOf(f.path)));
const glossary = buildGlossaryIndex(
  entries
    .filter((e) => e.collection === 'glossary')
    .map((e) => {
      const data = e.data as { term: string; expansion: string; variants: string[] };
      return { id: e.id, term: data.term, expansion: data.expansion, variants: data.variants };
    }),
);
/** The wikilink targets as written, to count links by id and by alias. */
const linksOf = (body: string) => [...body.matchAll(WIKILINK)].map((m) => m[1]!.trim());

/** The site's remark plugins over MDX, with this set's names, sources and glossary. */
const plugins = unified()
  .use(remarkParse)
  .use(remarkMdx)
  // Astro's RemarkPlugins type also allows plugin names as strings; the site's list has none.
  .use(remarkPlugins({ names: () => names, sourceIds: () => sourceIds, glossary: () => glossary }) as PluggableList);

/** What the plugins record for a page (they throw on an unknown link, source or acronym). */
async function proseOf(path: string, body: string): Promise<Required<ProseData>> {
  const file = new VFile({ path, value: body });
  await plugins.run(plugins.parse(file), file);
  const data = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
  return {
    citations: (data.citations ?? []) as string[],
    links: (data.wikilinks ?? []) as ProseData['links'],
    acronyms: (data.acronyms ?? {}) as Record<string, number>,
  };
}

/** The prose data of every page, by `collection/id`, as the build's plugins record it. */
const prose = new Map<string, Required<ProseData>>();
/** The sources the site's own /about/ page cites, read by the same plugins. */
let aboutCites: Set<string>;
beforeAll(async () => {
  for (const e of entries) if (e.body !== undefined) prose.set(`${e.collection}/${e.id}`, await proseOf(e.filePath!, e.body));
  // Frontmatter lines are blanked, so the plugins' line numbers stay those of the file.
  const about = readFileSync('src/pages/about.mdx', 'utf8').replace(/^---\n[\s\S]*?\n---\n/, (m) => m.replace(/[^\n]/g, ''));
  aboutCites = new Set((await proseOf('src/pages/about.mdx', about)).citations);
});
const proseOfPage = (path: string) => prose.get(path.replace(/\.mdx$/, ''))!;

describe('syntheticContent', () => {
  it('is deterministic for a seed, and differs between seeds', () => {
    expect(syntheticContent(N)).toEqual(files);
    expect(syntheticContent(N, 7)).toEqual(syntheticContent(N, 7));
    expect(syntheticContent(N, 7)).not.toEqual(files);
  });

  it('makes n entity pages: half actors, a quarter weapons, a quarter claims', () => {
    const count = (c: string) => pages.filter((f) => collectionOf(f.path) === c).length;
    expect(pages).toHaveLength(N);
    expect({ actors: count('actors'), weapons: count('weapons'), claims: count('claims') }).toEqual(syntheticMix(N));
    expect(syntheticMix(N)).toEqual({ actors: 30, weapons: 15, claims: 15 });
    expect(syntheticMix(5000)).toEqual({ actors: 2500, weapons: 1250, claims: 1250 });
    expect(files.filter((f) => f.path.startsWith('glossary/')).length).toBe(SYNTHETIC_TERM_COUNT + SUPPORT_TERM_COUNT);
    expect(files.filter((f) => f.path.startsWith('events/')).length).toBeGreaterThan(0);
  });

  it('writes about 600 words of prose per page in several ## sections, with several citations', () => {
    for (const page of pages) {
      const body = bodyOf(page.text);
      const words = body.split(/\s+/).filter(Boolean).length;
      expect(words, page.path).toBeGreaterThan(480);
      expect(words, page.path).toBeLessThan(780);
      expect(body.match(/^## /gm)!.length, page.path).toBeGreaterThanOrEqual(4);
      expect(new Set(proseOfPage(page.path).citations).size, page.path).toBeGreaterThanOrEqual(4);
      expect(proseOfPage(page.path).links.length, page.path).toBeGreaterThanOrEqual(1);
    }
  });

  it('passes the content check (paths, schemas, safe MDX)', { timeout: 60_000 }, () => {
    const { problems, drafts } = checkContentFiles(
      files.map((f) => ({ path: `content/${f.path}`, text: f.text })),
      'content',
    );
    expect(problems).toEqual([]);
    expect(drafts).toEqual([]);
  });

  it('links and cites only what exists, by id and by alias', () => {
    const styles = { id: 0, alias: 0 };
    for (const page of pages) {
      const body = bodyOf(page.text);
      for (const target of linksOf(body)) {
        const found = resolveTarget(names, target);
        expect(found, `${page.path}: [[${target}]]`).toBeDefined();
        styles[found!.id === target ? 'id' : 'alias']++;
      }
      for (const id of proseOfPage(page.path).citations) expect(sourceIds.has(id), `${page.path}: [@${id}]`).toBe(true);
    }
    expect(styles.id).toBeGreaterThan(0);
    expect(styles.alias).toBeGreaterThan(0);
  });

  it('defines every all-capitals word of the prose in the glossary, and uses the made-up terms', () => {
    // remark-acronyms throws on an undefined all-capitals word, so every page reaching `prose` passed it.
    expect(prose.size).toBe(pages.length);
    const used = new Set([...prose.values()].flatMap((p) => Object.keys(p.acronyms)));
    const made = new Set(entries.filter((e) => e.collection === 'glossary').map((e) => e.id));
    expect([...used].every((id) => made.has(id))).toBe(true);
    expect(used.size).toBeGreaterThan(SYNTHETIC_TERM_COUNT / 2);
  });

  it('never writes a placeholder word', () => {
    for (const f of files) expect(f.text, f.path).not.toMatch(/\b(TBD|TODO|FIXME|lorem|placeholder)\b/i);
  });

  it('passes the knowledge graph and the content audit: unique names, known references, every page sourced and linked', () => {
    const texts = new Map(files.map((f) => [`content/${f.path}`, f.text]));
    const graph = buildGraph(entries, (file) => texts.get(file), prose);
    // The about page cites the support sources; the audit counts them as cited.
    expect(aboutCites.size).toBeGreaterThan(0);
    for (const id of aboutCites) expect(sourceIds.has(id), id).toBe(true);
    expect(auditContent(graph, aboutCites, (file) => texts.get(file))).toEqual([]);
  });

  it('stays valid at other sizes and seeds', () => {
    for (const [n, seed] of [
      [1, 1],
      [7, 'x'],
      [120, 3],
    ] as const) {
      const set = syntheticContent(n, seed);
      expect(set.filter((f) => /^(actors|weapons|claims)\//.test(f.path))).toHaveLength(n);
      expect(
        checkContentFiles(
          set.map((f) => ({ path: `content/${f.path}`, text: f.text })),
          'content',
        ).problems,
      ).toEqual([]);
    }
  }, 60_000);
});
