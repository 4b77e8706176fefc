/** Helpers shared by the end-to-end tests: the site's pages, found by crawling from home. */
import { readdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { contentRoot } from '../../src/data/content-index.ts';

/** The ids of a content collection, from its files. */
export function contentIds(collection: string): string[] {
  return readdirSync(`${contentRoot()}/${collection}`)
    .filter((f) => /\.(mdx|yaml)$/.test(f))
    .map((f) => f.replace(/\.(mdx|yaml)$/, ''))
    .sort();
}

/** Every internal path linked from the page, without fragments or queries, each once. */
export async function internalLinks(page: Page): Promise<string[]> {
  // Resolved by hand: an SVG <a> (the maps' nodes) has no string .href.
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => new URL(a.getAttribute('href')!, location.href).href));
  const origin = new URL(page.url()).origin;
  return [...new Set(hrefs.filter((h) => h.startsWith(origin)).map((h) => new URL(h).pathname))];
}

/** Every page reachable from the home page by following links. */
export async function crawl(page: Page): Promise<string[]> {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  while (queue.length) {
    const path = queue.shift()!;
    await page.goto(path);
    for (const link of await internalLinks(page)) {
      // Pages only: files (feeds, open data, the search index) are checked by the dist tests.
      if (!seen.has(link) && link.endsWith('/') && !link.startsWith('/pagefind/')) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  return [...seen].sort();
}

/** axe's WCAG 2.2 A and AA violations on the page, each with up to three of its elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
