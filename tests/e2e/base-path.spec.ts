/**
 * The site published under a sub-path, as GitHub Pages serves a project site: the build
 * with BASE_PATH=/explainer/ SITE_URL=https://example.test (tests/.output/dist-base, made
 * by `npm test` or `npm run build:base-path`), served by `astro preview` under /explainer/.
 * The project's baseURL ends in /explainer/, so paths here are written without a
 * leading slash. Reading, link previews, search with filters and its URL state, the glossary, and no
 * request outside the base path, console error or policy violation.
 */
import { expect, test, type Page } from '@playwright/test';

const BASE = '/explainer/';

/** Watches a page for requests to this server outside the base path, console errors and policy violations. */
function watch(page: Page) {
  const problems: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.hostname === '127.0.0.1' && !url.pathname.startsWith(BASE)) problems.push(`request outside the base path: ${url.pathname}`);
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  return problems;
}

/** Policy violations seen on the page since it loaded (each page records its own). */
async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
});

test('a reader goes from the home page to a claim, a wikilink and a citation, all under the base path', async ({ page }) => {
  const problems = watch(page);
  await page.goto('');
  await expect(page).toHaveURL(new RegExp(`${BASE}$`));
  await expect(page.getByRole('link', { name: /^Iran, Russia & the drones/ })).toHaveAttribute('href', BASE);
  await page
    .locator('main')
    .getByRole('link', { name: /ballistic missiles/i })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`${BASE}claims/`));
  await expect(page.locator('h1')).toBeVisible();
  const wikilink = page.locator('.prose a.wikilink').first();
  const target = await wikilink.getAttribute('href');
  expect(target?.startsWith(BASE)).toBe(true);
  await wikilink.click();
  await expect(page).toHaveURL(new RegExp(`${target!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  const cite = page.locator('.prose sup.cite a').first();
  await cite.click();
  await expect(page.locator(`${await cite.getAttribute('href')}`)).toBeInViewport();
  // The stylesheet loaded: the header is laid out, not raw.
  expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderBottomStyle)).toBe('solid');
  expect(problems).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('a wikilink and a citation mark show their previews, fetched under the base path', async ({ page }) => {
  const problems = watch(page);
  await page.goto('claims/geran-2-is-shahed-136/');
  const link = page.locator('.prose a.wikilink').first();
  await link.hover();
  await expect(page.locator('.preview')).toBeVisible();
  const other = await page.context().newPage();
  await other.goto((await link.getAttribute('href'))!);
  await expect(page.locator('.preview > b')).toHaveText(await other.locator('h1').innerText());
  await other.close();
  await page.locator('.prose sup.cite a').first().hover();
  await expect(page.locator('.preview > b')).toHaveText(/\w/);
  expect(problems).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('the header search form goes to the search page under the base path, and results link there too', async ({ page }) => {
  const problems = watch(page);
  await page.goto('weapons/nasams/');
  await page.locator('#site-search').fill('Geran-2');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(`${BASE}search/?q=Geran-2`);
  const first = page.locator('#search-results > li .result-title').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${BASE}weapons/shahed-136/(\\?highlight=|$)`));
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}weapons/shahed-136/`));
  await expect(page.locator('h1')).toHaveText('Shahed-136');
  expect(problems).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test("the header's panel loads its code and index under the base path, and its results and the search page's link stay there", async ({ page }) => {
  const problems = watch(page);
  await page.goto('weapons/nasams/');
  await page.locator('#site-search').fill('Shahid-136');
  const panel = page.locator('#site-search-panel');
  await expect(panel.locator('.spelling')).toHaveText(/^Showing results for Shahed-136\./);
  const first = panel.locator('.result-title').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${BASE}weapons/shahed-136/(\\?highlight=|$)`));
  await expect(panel.locator('.all-results')).toHaveAttribute('href', `${BASE}search/?q=Shahid-136`);
  await first.click();
  await expect(page.locator('h1')).toHaveText('Shahed-136');
  expect(problems).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('search filters narrow the results and keep their state in the URL under the base path', async ({ page }) => {
  const problems = watch(page);
  await page.goto('search/?q=missile');
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  await page.locator('#search-filter-summary').click();
  const weapon = page.getByRole('checkbox', { name: /^Weapon system/ });
  const count = Number((await page.locator('label', { has: weapon }).locator('.count').innerText()).replace(/\D/g, ''));
  expect(count).toBeGreaterThan(0);
  await weapon.check();
  await expect(page).toHaveURL(`${BASE}search/?q=missile&type=Weapon+system`);
  // The status line counts every result found (only the first few are shown at once).
  await expect.poll(async () => Number(/^(\d+) result/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1])).toBe(count);
  for (const type of await page.locator('#search-results > li .result-type').allTextContents()) expect(type).toBe('Weapon system');
  for (const link of await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
    expect(link.startsWith(BASE), link).toBe(true);
  await page.reload();
  await page.locator('#search-filter-summary').click();
  await expect(page.getByRole('checkbox', { name: /^Weapon system/ })).toBeChecked();
  expect(problems).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('a name the search names index pins (an alias) is first, linked under the base path', async ({ page }) => {
  await page.goto('search/?q=Kiev');
  await expect(page.locator('#search-results > li .result-title').first()).toHaveAttribute(
    'href',
    new RegExp(`^${BASE}actors/government-of-ukraine/(\\?highlight=|$)`),
  );
});

test('the glossary and its acronym marks link under the base path', async ({ page }) => {
  const problems = watch(page);
  await page.goto('glossary/');
  await expect(page.locator('#nasams .expansion')).toHaveText('National Advanced Surface-to-Air Missile System');
  await expect(page.locator('.term', { has: page.locator('#nasams') }).getByRole('link', { name: 'NASAMS', exact: true })).toHaveAttribute(
    'href',
    `${BASE}weapons/nasams/`,
  );
  await page.goto('weapons/atacms/');
  const gloss = page.locator('.prose a.gloss').first();
  expect((await gloss.getAttribute('href'))!.startsWith(BASE)).toBe(true);
  await gloss.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}(glossary|weapons|actors)/`));
  expect(problems).toEqual([]);
});

test("a claim page's head leads to its feed and its data under the base path, and both are served", async ({ page, request }) => {
  await page.goto('claims/iran-drones-to-russia/');
  const feed = await page.locator('head link[rel="alternate"][type="application/atom+xml"][href*="/feeds/claims/"]').getAttribute('href');
  const data = await page.locator('head link[rel="alternate"][type="application/json"]').getAttribute('href');
  for (const link of [feed!, data!]) expect(link.startsWith(BASE), link).toBe(true);
  const atom = await request.get(feed!);
  expect(atom.headers()['content-type']).toMatch(/xml/);
  expect((await atom.text()).match(/<entry>/g)?.length).toBeGreaterThan(0);
  const record = (await (await request.get(data!)).json()) as { id: string; page: string };
  expect(record.id).toBe('iran-drones-to-russia');
  expect(new URL(record.page).pathname).toBe(`${BASE}claims/iran-drones-to-russia/`);
  await expect(page.getByRole('link', { name: 'feed', exact: true })).toHaveAttribute('href', feed!);
});

test('a page the site does not have shows the 404 page, whose links stay under the base path', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  for (const link of await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) expect(link.startsWith(BASE), link).toBe(true);
});
