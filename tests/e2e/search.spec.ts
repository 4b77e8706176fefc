/** Search as a reader uses it: names and aliases first, filters, the URL, keyboard, no JS on content pages. */
import { expect, test, type Page } from '@playwright/test';
import { FIRST_SEARCH_BUDGET, watchSearchBytes } from './first-search.ts';
import { NAMED_QUERIES } from './named-queries.ts';

async function firstResult(page: Page, q: string): Promise<string> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  const first = page.locator('#search-results > li .result-title').first();
  await expect(first).toBeVisible();
  return new URL((await first.getAttribute('href'))!, 'http://x').pathname;
}

for (const [q, expected] of NAMED_QUERIES) {
  test(`searching "${q}" finds ${expected} first`, async ({ page }) => {
    expect(await firstResult(page, q)).toBe(expected);
  });
}

test('a misspelt name says "Showing results for", and the reader can go back to what they typed', async ({ page }) => {
  await page.goto('/search/?q=Shahid-136');
  const spelling = page.locator('#search-spelling');
  await expect(spelling).toHaveText(/^Showing results for Shahed-136\./);
  await expect(page.locator('#search-results > li .result-title').first()).toHaveAttribute('href', /^\/weapons\/shahed-136\//);
  await spelling.getByRole('link', { name: 'Search instead for “Shahid-136”' }).click();
  await expect(spelling).toBeHidden();
  await expect(page).toHaveURL('/search/?q=Shahid-136&literal=1');
  await expect(page.locator('#search-status')).toHaveText(/for “Shahid-136”/);
  // The literal search survives a reload; typing again corrects again.
  await page.reload();
  await expect(page.locator('#search-status')).toHaveText(/for “Shahid-136”/);
  await expect(spelling).toBeHidden();
  await page.locator('#search-q').fill('Nasam');
  await expect(spelling).toHaveText(/^Showing results for NASAMS\./);
});

test('a native name shows in the fact box with its language and direction', async ({ page }) => {
  await page.goto('/weapons/shahed-136/');
  await expect(page.locator('.facts [lang="ru"]')).toHaveText('Герань-2');
  await expect(page.locator('.facts [lang="fa"]')).toHaveAttribute('dir', 'rtl');
  await page.goto('/actors/volodymyr-zelensky/');
  await expect(page.locator('.facts [lang="uk"]')).toHaveText('Володимир Зеленський');
  const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(ld.join('')).toContain('{"@value":"Володимир Зеленський","@language":"uk"}');
});

test('only the results on screen load their fragments; more load on request', async ({ page }) => {
  const fragments: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/fragment/') && fragments.push(r.url()));
  await page.goto('/search/?q=missile');
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  // A phone's first screen shows about three; each more is a fragment to load.
  expect(await results.count()).toBe(3);
  expect(fragments.length).toBeLessThanOrEqual(3);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect.poll(() => results.count()).toBe(8);
  await expect(results.nth(3).locator('a').first()).toBeFocused();
  expect(fragments.length).toBeLessThanOrEqual(8);
});

test('a loaded word from the story ("kamikaze") finds the drone claim first', async ({ page }) => {
  expect(await firstResult(page, 'kamikaze')).toBe('/claims/iran-drones-to-russia/');
});

test("a claim's key phrase finds the claim first", async ({ page }) => {
  expect(await firstResult(page, 'running low')).toBe('/claims/russia-missile-stockpile-running-low/');
});

test('a filter narrows the results, shows counts, and lives in the URL', async ({ page }) => {
  await page.goto('/search/?q=missile');
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  // The number found, from the status line (only the first few results are shown).
  const found = async () => Number(/^(\d+) result/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);
  const before = await found();
  await page.locator('#search-filter-summary').click();
  const weapon = page.getByRole('checkbox', { name: /^Weapon system/ });
  const label = await page.locator('label', { has: weapon }).locator('.count').innerText();
  expect(label).toMatch(/^\(\d+\)$/);
  const count = Number(label.slice(1, -1));
  // Some weapons match, but not everything: the filter must narrow to exactly its count.
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(before);
  await weapon.check();
  await expect(page).toHaveURL(/type=Weapon\+system/);
  await expect.poll(found).toBe(count);
  for (const type of await page.locator('#search-results > li .result-type').allTextContents()) expect(type).toBe('Weapon system');
  await page.reload();
  await expect(page.locator('#search-filter-summary')).toHaveText('Filters (1 active)');
  await page.locator('#search-filter-summary').click();
  await expect(page.getByRole('checkbox', { name: /^Weapon system/ })).toBeChecked();
  await expect(page.locator('#search-q')).toHaveValue('missile');
});

test('the result excerpt is highlighted and the destination page highlights the terms', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/search/?q=Geran-2');
  await expect(page.locator('#search-results mark').first()).toBeVisible();
  await page.locator('#search-results .result-title').first().click();
  await expect(page).toHaveURL(/\/weapons\/shahed-136\/\?highlight=/);
  await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
  // Marked without an inline style, which the policy would block (and log as an error).
  expect(await page.locator('style:not([data-astro-cid])').evaluateAll((s) => s.filter((e) => e.textContent?.includes('pagefind-highlight')).length)).toBe(0);
  expect(errors).toEqual([]);
});

test('no results says so and suggests the glossary and indexes', async ({ page }) => {
  await page.goto('/search/?q=zzxqv');
  await expect(page.locator('#search-status')).toHaveText(/^0 results/);
  await expect(page.locator('#search-empty').getByRole('link', { name: 'glossary' }).first()).toBeVisible();
});

test('a failing index says so and keeps the plain links', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (r) => r.abort());
  await page.goto('/search/?q=nasams');
  await expect(page.locator('#search-error')).toBeVisible();
  await expect(page.locator('#search-error').getByRole('link', { name: 'claims' })).toHaveAttribute('href', '/claims/');
});

test('keyboard only: "/" focuses the header search, Enter searches, Tab reaches the results', async ({ page }) => {
  await page.goto('/claims/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('ATACMS');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/search/?q=ATACMS');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => document.activeElement?.classList.contains('result-title') ?? false);
  }
  expect(reached).toBe(true);
});

test('a content page requests no search code before the reader searches', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/weapons/nasams/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
});

test('a first search on the search page transfers at most 110 KB of search code, index, fragments and names, compressed as a static host serves them', async ({
  page,
}) => {
  const transferred = watchSearchBytes(page);
  await page.goto('/search/?q=Geran-2');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const { files, total } = transferred();
  expect(files.has('/pagefind/pagefind.js')).toBe(true);
  // Pagefind's WebAssembly (57 KB), script (11 KB) and one index chunk (about 31 KB) are fixed
  // costs; the rest is the three fragments on the first screen and the names shard.
  expect(total).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
});

test('words typed while the index is still loading are searched, not overwritten', async ({ page }) => {
  // Pagefind's script is held back until the words are typed, so they are typed while it loads.
  let release = () => {};
  const typed = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await typed;
    await route.continue();
  });
  await page.goto('/search/', { waitUntil: 'domcontentloaded' });
  await page.locator('#search-q').fill('NASAMS');
  release();
  await expect(page.locator('#search-results > li .result-title').first()).toHaveAttribute('href', /^\/weapons\/nasams\//);
  await expect(page.locator('#search-q')).toHaveValue('NASAMS');
  await expect(page).toHaveURL('/search/?q=NASAMS');
});
