/**
 * The scale benchmark's content (scripts/bench/synthetic/), small: 60 synthetic pages built
 * with the real build command must pass the content check, the knowledge graph and the
 * content audit, and give a page (and a search index entry) for every one of them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticContent } from '../../scripts/bench/synthetic/index.ts';
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
