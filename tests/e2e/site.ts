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

/**
 * The WCAG 2.2 A and AA rules of axe-core whose result depends on colours, so on the theme:
 * the page's markup is the same in both (the theme is CSS alone, `prefers-color-scheme`).
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * axe's WCAG 2.2 A and AA violations on the page, each with up to three of its elements:
 * of every such rule, or of the colour rules alone (both are WCAG 2 A and AA rules).
 */
export async function axeViolations(page: Page, rules: 'all' | 'colour' = 'all'): Promise<string[]> {
  // The site has no frames (safe MDX refuses iframes), so axe runs in the page itself, without
  // the blank page the default mode opens to merge the results of each frame: half the time.
  // Only violations are read: axe then keeps one element of each pass, not every one (the
  // sources page has thousands), which saves it collecting and sending them.
  const axe = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (rules === 'colour') axe.withRules([...COLOUR_RULES]);
  else axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  const { violations } = await axe.analyze();
  return violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/**
 * axe in both themes at a phone's and a desktop's width, for the page `open` shows. The
 * markup differs with the width (the header, the layout), so every rule runs at each width;
 * the themes differ in colours alone (CSS, `prefers-color-scheme`), so in the other theme only
 * the colour rules run again: four runs cover every rule at both widths and the colour rules
 * in all four combinations. Each violation is prefixed with the width and theme it was found in.
 */
export async function axeAtBothWidths(page: Page, open: () => Promise<void>, { reopen = false } = {}): Promise<string[]> {
  const found: string[] = [];
  let opened = false;
  for (const [width, every, colours] of [
    [360, 'light', 'dark'],
    [1280, 'dark', 'light'],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: every });
    // A page is opened once: its layout follows the width in CSS alone (no script reads the
    // width), so the page widened in place is the page loaded at that width. `reopen` opens
    // it again at each width, for what is opened differently at each (the header's panel).
    if (reopen || !opened) await open();
    opened = true;
    found.push(...(await axeViolations(page)).map((v) => `${width}px ${every}: ${v}`));
    await page.emulateMedia({ colorScheme: colours });
    found.push(...(await axeViolations(page, 'colour')).map((v) => `${width}px ${colours} (${COLOUR_RULES.join(', ')}): ${v}`));
  }
  return found;
}
