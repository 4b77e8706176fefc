/** Search as a reader uses it: names and aliases first, filters, the URL, keyboard, no JS on content pages. */
import { expect, test, type Page } from '@playwright/test';

async function firstResult(page: Page, q: string): Promise<string> {
  await page.goto(`/search/?q=${encodeURIComponent(q)}`);
  const first = page.locator('#search-results > li .result-title').first();
  await expect(first).toBeVisible();
  return new URL((await first.getAttribute('href'))!, 'http://x').pathname;
}

const queries: Array<[string, string]> = [
  ['Kiev', '/actors/government-of-ukraine/'],
  ['Geran-2', '/weapons/shahed-136/'],
  ['Podoliak', '/actors/mykhailo-podolyak/'],
  ['Mikhail Podoliak', '/actors/mykhailo-podolyak/'],
  ['Vladimir Zelensky', '/actors/volodymyr-zelensky/'],
  ['NASAMS', '/weapons/nasams/'],
  ['National Advanced Surface-to-Air Missile System', '/weapons/nasams/'],
  ['Army Tactical Missile System', '/weapons/atacms/'],
  ['MGM-140', '/weapons/atacms/'],
  ['Shahed-136', '/weapons/shahed-136/'],
  ['Pentagon', '/actors/us-department-of-defense/'],
  ['Kremlin', '/actors/government-of-russia/'],
  ['Fath-360', '/weapons/fath-360/'],
  ['Ryder', '/actors/patrick-ryder/'],
];

for (const [q, expected] of queries) {
  test(`searching "${q}" finds ${expected} first`, async ({ page }) => {
    expect(await firstResult(page, q)).toBe(expected);
  });
}

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
  const before = await results.count();
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
  await expect.poll(() => results.count()).toBe(Math.min(count, 20));
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
  await expect(page.locator('#search-empty').getByRole('link', { name: 'glossary' })).toBeVisible();
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

test('a first search downloads at most 300 KB of search code, index, fragments and names', async ({ page }) => {
  const sizes = new Map<string, number>();
  page.on('response', async (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pagefind/') || path === '/search-names.json') sizes.set(r.url(), (await r.body()).length);
  });
  await page.goto('/search/?q=Geran-2');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  console.log(`First search: ${sizes.size} files, ${total} bytes`);
  expect(total).toBeLessThan(300 * 1024);
});

test('words typed while the index is still loading are searched, not overwritten', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.goto('/search/', { waitUntil: 'domcontentloaded' });
  await page.locator('#search-q').fill('NASAMS');
  await expect(page.locator('#search-results > li .result-title').first()).toHaveAttribute('href', /^\/weapons\/nasams\//);
  await expect(page.locator('#search-q')).toHaveValue('NASAMS');
  await expect(page).toHaveURL('/search/?q=NASAMS');
});
