/** Reading the site: every page renders, indexes list their entries, links work, 404s are served. */
import { expect, test } from '@playwright/test';
import { contentIds, crawl } from './site.ts';
import { SITE } from '../../src/lib/site.ts';
import { ENTITY_COLLECTIONS } from '../../src/lib/vocabulary.ts';

test('every page reachable from home renders with a title, a main landmark and one h1, loading nothing from other sites and breaking no policy', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) foreign.push(`${page.url()} → ${r.url()}`);
  });
  // A Content-Security-Policy violation, or any script error, is logged as a console error.
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  const paths = await crawl(page);
  for (const collection of ENTITY_COLLECTIONS) for (const id of contentIds(collection)) expect(paths).toContain(`/${collection}/${id}/`);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page, path).toHaveTitle(path === '/' ? SITE.name : `${await page.locator('h1').innerText()} · ${SITE.name}`);
    await expect(page.getByRole('main'), path).toHaveCount(1);
    await expect(page.locator('h1'), path).toHaveCount(1);
  }
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

for (const collection of ['actors', 'weapons', 'claims']) {
  test(`/${collection}/ lists every entry of the collection`, async ({ page }) => {
    await page.goto(`/${collection}/`);
    const listed = await page.locator('main .entries > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual(
      contentIds(collection)
        .map((id) => `/${collection}/${id}/`)
        .sort(),
    );
  });
}

test('the sources, timeline and glossary pages list every entry', async ({ page }) => {
  await page.goto('/sources/');
  for (const id of contentIds('sources')) await expect(page.locator(`#source-${id}`)).toHaveCount(1);
  await page.goto('/timeline/');
  for (const id of contentIds('events')) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  await page.goto('/glossary/');
  for (const id of contentIds('glossary')) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
});

test('a source names the outlet that reported it, then the copy it was read in, with state media labelled', async ({ page }) => {
  await page.goto('/claims/iran-drones-to-russia/');
  const wire = page.locator('#source-brisbane-times-2022-11-05-iran-admits-sending-drones');
  await expect(wire).toContainText('Reuters, 5 November 2022 · read in the wire copy at Brisbane Times.');
  await expect(wire.getByRole('link', { name: 'the wire copy at Brisbane Times' })).toHaveAttribute('href', /^https:\/\/www\.brisbanetimes\.com\.au\//);
  await page.goto('/sources/');
  await expect(page.locator('#source-kuna-2022-06-28-arms-to-ukraine-prolong-war .label-state')).toHaveText('State-affiliated media.');
  await expect(page.locator('#source-al-jazeera-2023-12-14-putin-goals-unchanged .ownership')).toHaveText(' Ownership: Funded by the government of Qatar.');
});

test('an entry page shows its references as working links', async ({ page, request }) => {
  await page.goto('/weapons/nasams/');
  const facts = page.locator('.facts');
  await expect(facts.getByRole('link', { name: 'RTX' })).toHaveAttribute('href', '/actors/rtx/');
  const hrefs = await page.locator('.facts a, .prose a.wikilink').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(2);
  for (const href of hrefs) {
    if (href.startsWith('#')) {
      await expect(page.locator(`[id="${href.slice(1)}"]`), href).toHaveCount(1);
    } else {
      expect((await request.get(href)).status(), href).toBe(200);
    }
  }
  await page.locator('.facts a[href^="/actors/"]').first().click();
  await expect(page).toHaveURL(/\/actors\/[a-z0-9-]+\/$/);
  await expect(page.locator('.kicker')).toHaveText('Actor');
});

test('a citation number jumps to its entry in the page’s source list', async ({ page }) => {
  await page.goto('/claims/iran-ballistic-missiles-to-russia/');
  const cite = page.locator('.prose sup.cite a').first();
  const target = (await cite.getAttribute('href'))!;
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  await expect(page.locator(`${target} a[rel~="external"]`)).toHaveCount(1);
});

test('a claim page shows its status when the article was published and its latest status, with dates', async ({ page }) => {
  await page.goto('/claims/iran-ballistic-missiles-to-russia/');
  await expect(page.locator('[data-status="article"] .badge')).toHaveText('Unverified');
  await expect(page.locator('[data-status="article"] time')).toHaveAttribute('datetime', /^2022-/);
  await expect(page.locator('[data-status="latest"] .badge')).toBeVisible();
  await expect(page.locator('[data-status="latest"] time').first()).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\d$/);
  await expect(page.getByRole('heading', { name: 'Status history' })).toBeVisible();
});

test('an unknown URL gets the 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Disputed claims' })).toHaveAttribute('href', '/claims/');
});

test('"Kiev" and "Geran-2" appear as aliases on the right pages', async ({ page }) => {
  await page.goto('/actors/government-of-ukraine/');
  await expect(page.locator('.facts .aliases')).toContainText('Kiev');
  await page.goto('/weapons/shahed-136/');
  await expect(page.locator('.facts .aliases')).toContainText('Geran-2');
});

test('every claim page shows a status badge for the article date and for now', async ({ page }) => {
  for (const id of contentIds('claims')) {
    await page.goto(`/claims/${id}/`);
    await expect(page.locator('[data-status="article"] .badge'), id).toHaveCount(1);
    await expect(page.locator('[data-status="latest"] .badge'), id).toHaveCount(1);
  }
});
