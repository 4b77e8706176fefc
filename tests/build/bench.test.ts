/**
 * The scale benchmark's content (scripts/bench/synthetic/), small: 60 synthetic pages built
 * with the real build command must pass the content check, the knowledge graph and the
 * content audit, and give a page (and a search index entry) for every one of them.
 *
 * And search at 5,000 pages (issue #16): what a first search transfers stays within 150 KB.
 * Building 5,000 pages takes minutes (`npm run bench` does, and fails over the budget), so
 * here Pagefind indexes the pages' searchable text alone, marked as the layout marks it
 * (src/layouts/Entity.astro), with the build's own options and slimming; the same index of
 * the 60 pages is first held against the real build's, part by part, so it stays true to it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { firstSearch } from '../../scripts/bench/measure.ts';
import { syntheticContent, syntheticEntries, type SyntheticFile } from '../../scripts/bench/synthetic/index.ts';
import { EXCLUDED, SLIM_CACHE } from '../../src/integrations/pagefind.ts';
import { slimPagefind } from '../../src/integrations/pagefind-slim.ts';
import { frontmatterBody, splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { buildGraph } from '../../src/lib/graph.ts';
import { searchNames, shardNames } from '../../src/lib/search-names.ts';
import { buildContent, type BuildResult } from './harness.ts';

const N = 60;
const work = join(process.cwd(), 'tests/.output/bench-test');
const files = syntheticContent(N);
const pages = files.filter((f) => /^(actors|weapons|claims)\//.test(f.path));
let result: BuildResult;

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  for (const f of files) {
    const path = join(work, 'content', f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
  }
  result = buildContent(work);
});

describe(`a synthetic content set of ${N} pages`, () => {
  it('builds', () => {
    expect(result.status, result.output.split('\n').slice(-30).join('\n')).toBe(0);
    expect(result.output).not.toMatch(/\[glossary\]/); // every made-up term is used
  });

  it('has a page for every entity, with its links and citations rendered', () => {
    expect(pages).toHaveLength(N);
    for (const f of pages) {
      const html = join(result.outDir, f.path.replace(/\.mdx$/, ''), 'index.html');
      expect(existsSync(html), html).toBe(true);
    }
    const html = readFileSync(join(result.outDir, pages[0]!.path.replace(/\.mdx$/, ''), 'index.html'), 'utf8');
    expect(html).toContain('class="wikilink"');
    expect(html).toMatch(/class="cite"/);
  });

  it('is indexed by Pagefind', () => {
    const entry = JSON.parse(readFileSync(join(result.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    expect(indexed).toBeGreaterThanOrEqual(N);
    expect(readdirSync(join(result.outDir, 'pagefind/fragment')).length).toBeGreaterThanOrEqual(N);
  });
});

const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An entity page as Pagefind reads it: the type filter, the title and the other names with
 * the layout's weights, the summary and the prose (links as their text, citations left out,
 * as the build leaves `sup.cite` out).
 */
function indexedPage(file: SyntheticFile): string {
  const collection = file.path.split('/')[0]!;
  const front = splitFrontmatter(file.text)!;
  const data = parseYaml(front.yaml) as { title: string; summary: string; aliases?: string[] };
  const prose = frontmatterBody(file.text, front)
    .replace(/\[\[([^\]|]+)\|([^\]]+)\]\]/g, '$2')
    .replace(/\[\[([^\]]+)\]\]/g, (_, id: string) => id.replace(/-/g, ' '))
    .replace(/ ?\[@[^\]]+\]/g, '')
    .split(/\n{2,}/)
    .map((block) => (block.startsWith('## ') ? `<h2>${escapeHtml(block.slice(3))}</h2>` : `<p>${escapeHtml(block)}</p>`))
    .join('');
  const claim = collection === 'claims';
  const aliases = data.aliases?.length ? `<dl><dt>Also called</dt><dd data-pagefind-weight="10">${escapeHtml(data.aliases.join(', '))}</dd></dl>` : '';
  return (
    `<!doctype html><html lang="en"><head><title>${escapeHtml(data.title)}</title></head><body><main data-pagefind-body>` +
    `<p data-pagefind-filter="type">${collection}</p><h1 data-pagefind-weight="${claim ? 3 : 10}">${escapeHtml(data.title)}</h1>` +
    `<div${claim ? ' data-pagefind-weight="0.4"' : ''}><p>${escapeHtml(data.summary)}</p>${aliases}${prose}</div></main></body></html>`
  );
}

/** Indexes `n` synthetic pages' text as the build indexes pages, with the names layer beside it, into `dir`. */
async function indexSynthetic(n: number, dir: string): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  const files = syntheticContent(n);
  const { prefixes, shards } = shardNames(searchNames(buildGraph(syntheticEntries(files))));
  mkdirSync(join(dir, 'search-names'), { recursive: true });
  writeFileSync(join(dir, 'search-names/index.json'), JSON.stringify(prefixes));
  shards.forEach((shard, i) => writeFileSync(join(dir, `search-names/${i}.json`), JSON.stringify(shard)));
  try {
    const { index, errors } = await pagefind.createIndex({ includeCharacters: '-.', forceLanguage: 'en', excludeSelectors: EXCLUDED });
    if (!index) throw new Error(errors.join('; '));
    // Sent all at once: Pagefind indexes them side by side.
    const pages = files.filter((f) => f.path.endsWith('.mdx'));
    const added = await Promise.all(pages.map((f) => index.addHTMLFile({ url: `/${f.path.replace(/\.mdx$/, '/')}`, content: indexedPage(f) })));
    const failed = added.flatMap((a) => a.errors);
    if (failed.length) throw new Error(failed.join('; '));
    await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  } finally {
    await pagefind.close();
  }
  await slimPagefind(join(dir, 'pagefind'), SLIM_CACHE);
}

/** The parts of a first search that grow with the site (all but Pagefind's script and WebAssembly). */
const growing = (parts: Record<string, number>) =>
  Object.entries(parts).reduce((sum, [name, bytes]) => (name === 'pagefind.js' || name.startsWith('wasm.') ? sum : sum + bytes), 0);

describe('a first search at 5,000 synthetic pages', () => {
  it(`the index of the pages' text alone is true to the real build's, on the same ${N} pages`, async () => {
    expect(result.status).toBe(0);
    await indexSynthetic(N, join(work, 'text-index'));
    const real = firstSearch(result.outDir);
    const text = firstSearch(join(work, 'text-index'));
    console.log(
      `first search at ${N} pages: real build ${real.total} B (${growing(real.parts)} B growing), text alone ${text.total} B (${growing(text.parts)} B growing)`,
    );
    // Pagefind's own files are the same; what grows with the site is within a tenth of the real build's.
    expect(text.parts['pagefind.js']).toBe(real.parts['pagefind.js']);
    expect(Math.abs(growing(text.parts) - growing(real.parts)) / growing(real.parts)).toBeLessThan(0.1);
  }, 120_000);

  it('transfers at most 150 KB, names layer included', async () => {
    const dir = join(process.cwd(), 'tests/.output/search-5000');
    await indexSynthetic(5000, dir);
    const search = firstSearch(dir);
    console.log(
      `first search at 5,000 pages: ${Object.entries(search.parts)
        .map(([k, v]) => `${k} ${v} B`)
        .join(', ')} = ${search.total} B`,
    );
    rmSync(dir, { recursive: true, force: true });
    expect(search.total).toBeLessThanOrEqual(150 * 1024);
  }, 300_000);
});
