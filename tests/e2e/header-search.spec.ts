/**
 * The header's search panel, as a reader uses it on any page: results as they type, the named
 * queries first, "Showing results for" and its way back, keyboard only, axe clean in both
 * themes, usable on a phone, and no search code requested before the box is focused.
 */
import { expect, test, type Page } from '@playwright/test';
import { FIRST_SEARCH_BUDGET, watchSearchBytes } from './first-search.ts';
import { NAMED_QUERIES } from './named-queries.ts';
import { axeAtBothWidths } from './site.ts';

const box = (page: Page) => page.locator('#site-search');
const panel = (page: Page) => page.locator('#site-search-panel');
const status = (page: Page) => page.locator('.site-header [role="status"]');

/** Types the query into the header's box on a page and waits for the panel's results for it. */
async function panelSearch(page: Page, q: string, path = '/glossary/') {
  await page.goto(path);
  await box(page).fill(q);
  await expect(status(page)).toHaveText(/^\d+ results? for “/);
  await expect(panel(page)).toBeVisible();
}

/** Search code: Pagefind's files, the names layer, the panel's module and stylesheet. */
const isSearchRequest = (url: string) => /\/(pagefind|search-names)\/|\/_astro\/header-search/.test(new URL(url).pathname);

for (const [q, expected] of NAMED_QUERIES) {
  test(`in the header's panel, "${q}" finds ${expected} first`, async ({ page }) => {
    await panelSearch(page, q);
    const href = await panel(page).locator('.result-title').first().getAttribute('href');
    expect(new URL(href!, 'http://x').pathname).toBe(expected);
  });
}

test('no search code is requested before the box is focused; focusing it loads Pagefind before a key is typed', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => isSearchRequest(r.url()) && requested.push(new URL(r.url()).pathname));
  await page.goto('/weapons/nasams/');
  await page.waitForLoadState('networkidle');
  await page.mouse.wheel(0, 400);
  await page.locator('main h1').click();
  await page.waitForTimeout(300);
  expect(requested).toEqual([]);
  await box(page).focus();
  await expect.poll(() => requested).toContain('/pagefind/pagefind.js');
  await expect.poll(() => requested.some((p) => p.startsWith('/pagefind/wasm.'))).toBe(true);
  expect(requested.some((p) => /^\/_astro\/header-search-[\w-]+\.js$/.test(p))).toBe(true);
});

test('a first search in the panel transfers at most 110 KB, counted as on the search page', async ({ page }) => {
  const transferred = watchSearchBytes(page);
  await panelSearch(page, 'Geran-2', '/weapons/nasams/');
  await page.waitForLoadState('networkidle');
  const { files, total } = transferred();
  expect(files.has('/pagefind/wasm.en.pagefind')).toBe(true);
  expect([...files.keys()].filter((f) => f.includes('/fragment/')).length).toBeLessThanOrEqual(3);
  expect(total).toBeLessThanOrEqual(FIRST_SEARCH_BUDGET);
});

test('a misspelt name says "Showing results for" in the panel, and the reader can go back to what they typed', async ({ page }) => {
  await panelSearch(page, 'Shahid-136');
  const spelling = panel(page).locator('.spelling');
  await expect(spelling).toHaveText(/^Showing results for Shahed-136\./);
  await expect(status(page)).toHaveText(/for “Shahed-136”/);
  await expect(panel(page).locator('.result-title').first()).toHaveAttribute('href', /^\/weapons\/shahed-136\//);
  await spelling.getByRole('button', { name: 'Search instead for “Shahid-136”' }).click();
  await expect(spelling).toBeHidden();
  await expect(status(page)).toHaveText(/for “Shahid-136”/);
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveValue('Shahid-136');
  // The search page keeps the literal query too.
  await expect(panel(page).locator('.all-results')).toHaveAttribute('href', '/search/?q=Shahid-136&literal=1');
  // Typing again corrects again.
  await box(page).fill('Nasam');
  await expect(spelling).toHaveText(/^Showing results for NASAMS\./);
});

test('keyboard only: "/" to the box, arrows through the results, Escape back to the box, Enter opens a result', async ({ page }) => {
  await page.goto('/claims/');
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('missile');
  await expect(status(page)).toHaveText(/^\d+ results for “missile”: press Down to move through them\.$/);
  const titles = panel(page).locator('.result-title');
  await expect(titles).toHaveCount(3);
  await page.keyboard.press('ArrowDown');
  await expect(titles.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(titles.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(titles.nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(box(page)).toBeFocused();
  // Typing opens it again; Up from the first result goes back to the box.
  await page.keyboard.press('Backspace');
  await expect(status(page)).toHaveText(/for “missil”/);
  await expect(panel(page)).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const href = await titles.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href!);
});

test('Enter in the box opens the search page with every result; a click elsewhere closes the panel', async ({ page }) => {
  await panelSearch(page, 'NASAMS', '/weapons/atacms/');
  await page.locator('main h1').click();
  await expect(panel(page)).toBeHidden();
  await box(page).press('Enter');
  await expect(page).toHaveURL('/search/?q=NASAMS');
  await expect(page.locator('#search-results .result-title').first()).toHaveAttribute('href', /^\/weapons\/nasams\//);
});

test('the open panel has no axe violations in light and dark themes at 360 and 1280 px', async ({ page }) => {
  test.setTimeout(120_000); // four axe runs on a loaded machine
  expect(await axeAtBothWidths(page, () => panelSearch(page, 'Shahid-136', '/weapons/nasams/'), { reopen: true })).toEqual([]);
});

test('on a 360 px phone the panel fits the screen and its first results are on it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await panelSearch(page, 'Zelensky', '/actors/dmitry-peskov/');
  const box = (await panel(page).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  const first = (await panel(page).locator('.result-title').first().boundingBox())!;
  expect(first.y + first.height).toBeLessThan(740);
  expect(first.height).toBeGreaterThanOrEqual(44);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
