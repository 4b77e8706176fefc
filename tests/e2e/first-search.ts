/** What a first search transfers, counted the same way on the search page and in the header's panel. */
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** The issue's budget for a first search on the real site: 110 KB. */
export const FIRST_SEARCH_BUDGET = 110 * 1024;

/**
 * Watches the page's search files (under pagefind/ and search-names/, after the base path) and
 * gives their bytes as transferred: Pagefind's index, fragments and WebAssembly are gzipped
 * files already, served as they are; a host gzips scripts and JSON (counted at level 9).
 * The returned function gives each file's bytes and the total, and logs them.
 */
export function watchSearchBytes(page: Page, base = '/'): () => { files: Map<string, number>; total: number } {
  const files = new Map<string, number>();
  page.on('response', async (r) => {
    const path = new URL(r.url()).pathname;
    if (!path.startsWith(`${base}pagefind/`) && !path.startsWith(`${base}search-names/`)) return;
    const body = await r.body();
    files.set(path, /\.(pagefind|pf_\w+)$/.test(path) ? body.length : gzipSync(body, { level: 9 }).length);
  });
  return () => {
    const total = [...files.values()].reduce((a, b) => a + b, 0);
    console.log(`First search: ${files.size} files, ${total} bytes transferred:\n${[...files].map(([p, n]) => `  ${p} ${n}`).join('\n')}`);
    return { files, total };
  };
}
