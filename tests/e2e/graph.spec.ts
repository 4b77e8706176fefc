/** The knowledge graph as a reader meets it: wikilinks, backlinks, citations, timeline, maps. */
import { expect, test } from '@playwright/test';

test('following a wikilink, also one written with an alias, lands on the right page', async ({ page }) => {
  await page.goto('/claims/iran-ballistic-missiles-to-russia/');
  await page.locator('.prose a.wikilink', { hasText: 'Patrick S. Ryder' }).first().click();
  await expect(page).toHaveURL('/actors/patrick-ryder/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Patrick S. Ryder');
  await page.goto('/weapons/nasams/');
  await page.locator('.prose a.wikilink', { hasText: 'Kyiv' }).first().click();
  await expect(page).toHaveURL('/actors/government-of-ukraine/');
});

test('the backlink section lists linking pages under the right relation, with the linking sentence', async ({ page }) => {
  await page.goto('/actors/patrick-ryder/');
  const asserted = page.locator('.backlinks [data-relation="claimed-by"]');
  await expect(asserted.getByRole('heading')).toHaveText('Claims it asserted');
  await expect(asserted.getByRole('link', { name: 'Iran supplied ballistic missiles to Russia' })).toHaveAttribute(
    'href',
    '/claims/iran-ballistic-missiles-to-russia/',
  );
  const mentioned = page.locator('.backlinks [data-relation="mentions"]');
  await expect(mentioned.getByRole('heading')).toHaveText('Mentioned on');
  const nasams = mentioned.locator('li', { has: page.getByRole('link', { name: 'NASAMS', exact: true }) });
  await expect(nasams.locator('.context')).toContainText('Ryder');
  await page.goto('/actors/government-of-ukraine/');
  await expect(page.locator('.backlinks [data-relation="mentions"]').getByRole('link', { name: 'NASAMS', exact: true })).toBeVisible();
});

test('a citation jumps to its source, and the source links back to the text', async ({ page }) => {
  await page.goto('/weapons/nasams/');
  const cite = page.locator('.prose sup.cite a').first();
  const citeId = (await cite.getAttribute('id'))!;
  const target = (await cite.getAttribute('href'))!;
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  await page.locator(`${target} a.back`).click();
  await expect(page).toHaveURL(new RegExp(`#${citeId}$`));
  await expect(page.locator(`[id="${citeId}"]`)).toBeInViewport();
});

test('the timeline lists its events in date order, grouped by month, linking what they involve', async ({ page }) => {
  await page.goto('/timeline/');
  const dates = await page.locator('.events time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThan(5);
  expect([...dates].sort()).toEqual(dates);
  const months = await page.locator('main h2').allTextContents();
  expect(months[0]).toMatch(/^[A-Z][a-z]+ \d{4}$/);
  await expect(page.locator('.events li').first().locator('a[href^="/sources/#source-"]').first()).toBeVisible();
});

test('an entity page lists its own events and related pages', async ({ page }) => {
  await page.goto('/actors/patrick-ryder/');
  await expect(page.getByRole('heading', { name: 'On the timeline' })).toBeVisible();
  const first = page.locator('.entity-events a').first();
  const href = (await first.getAttribute('href'))!;
  expect(href).toMatch(/^\/timeline\/#/);
  await first.click();
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
});

test('relationship maps are inline SVG with a title, nodes that are links, and a text alternative listing the same relations', async ({ page, request }) => {
  for (const path of ['/weapons/nasams/', '/map/']) {
    await page.goto(path);
    const svg = page.locator('.relation-map svg');
    // A group, not an image: its nodes are links a reader can follow and tab to.
    await expect(svg).toHaveAttribute('role', 'group');
    const labelled = (await svg.getAttribute('aria-labelledby'))!.split(' ');
    for (const id of labelled) await expect(page.locator(`[id="${id}"]`)).not.toBeEmpty();
    const lines = await svg.locator('path').count();
    expect(lines).toBeGreaterThan(1);
    await page.getByText('The relations in this map, as a list').click();
    // One line per pair of pages; the list has every relation, so at least as many.
    expect(await page.locator('.relation-map details li').count()).toBeGreaterThanOrEqual(lines);
    await expect(page.locator('.relation-map details li').first()).toBeVisible();
  }
  // Drawn at build time: the map is in the HTML as served, before any script runs.
  expect(await (await request.get('/map/')).text()).toMatch(/<svg[^>]+role="group"[\s\S]*<path class="r-claimed-by" d="M/);
  await page.goto('/map/');
  await page.locator('.relation-map svg').getByRole('link', { name: 'NASAMS', exact: true }).click();
  await expect(page).toHaveURL('/weapons/nasams/');
  await expect(page.locator('.relation-map svg a[aria-current="page"]')).toHaveText('NASAMS');
});

test('the sources page names the pages that cite each source', async ({ page }) => {
  await page.goto('/sources/');
  const item = page.locator('#source-kyiv-independent-2022-11-08-nasams-delivered');
  await expect(item.locator('.cited-on').getByRole('link', { name: 'NASAMS', exact: true })).toHaveAttribute('href', '/weapons/nasams/');
  await expect(
    item
      .locator('.cited-on')
      .getByRole('link', { name: /^Timeline: / })
      .first(),
  ).toHaveAttribute('href', /^\/timeline\/#/);
});
