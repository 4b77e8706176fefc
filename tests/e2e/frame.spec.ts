/** The page frame: themes, phone width, navigation, and search working from the header. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { formatDate } from '../../src/lib/dates.ts';
import { settings } from '../../src/lib/settings.ts';
import { contentIds } from './site.ts';

test('light and dark themes follow the reader’s system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const text = await page.evaluate(() => getComputedStyle(document.body).color);
  // The themes differ, and each is dark text on light or light on dark (whatever the exact shades).
  const lightness = (rgb: string) =>
    rgb
      .match(/\d+/g)!
      .slice(0, 3)
      .reduce((n, c) => n + Number(c), 0) / 3;
  expect(dark).not.toBe(light);
  expect(lightness(light)).toBeGreaterThan(200);
  expect(lightness(dark)).toBeLessThan(60);
  expect(lightness(text)).toBeGreaterThan(180);
});

for (const path of [
  '/',
  '/weapons/nasams/',
  '/claims/iran-ballistic-missiles-to-russia/',
  '/timeline/',
  '/sources/',
  '/glossary/',
  '/map/',
  '/search/?q=missile',
]) {
  test(`${path} fits a 360 px phone without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('the header navigation reaches every section and marks the current one', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Site' });
  for (const [name, path] of [
    ['Claims', '/claims/'],
    ['Actors', '/actors/'],
    ['Weapons', '/weapons/'],
    ['Timeline', '/timeline/'],
    ['Glossary', '/glossary/'],
    ['Sources', '/sources/'],
    ['About', '/about/'],
  ]) {
    await nav.getByRole('link', { name }).click();
    await expect(page).toHaveURL(path!);
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
  }
});

test('the header search box leads to results from the search index', async ({ page }) => {
  await page.goto('/weapons/atacms/');
  await page.getByRole('searchbox', { name: 'Search the explainer' }).fill('NASAMS');
  await page.getByRole('searchbox', { name: 'Search the explainer' }).press('Enter');
  await expect(page).toHaveURL('/search/?q=NASAMS');
  await expect(page.locator('#search-results .result-title').first()).toHaveAttribute('href', /^\/weapons\/nasams\//);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('pages read fully and the search form still submits', async ({ page }) => {
    await page.goto('/weapons/nasams/');
    await expect(page.locator('.facts')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search the explainer' }).fill('Kiev');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL('/search/?q=Kiev');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
  });
});

test.describe('edit link and last updated', () => {
  const { repository, branch } = settings();
  test('a content page links to its own file in the repository, with the date git last changed it', async ({ page }) => {
    const file = 'content/weapons/nasams.mdx';
    await page.goto('/weapons/nasams/');
    const footer = page.locator('footer');
    const edit = footer.getByRole('link', { name: 'Edit this page on GitHub' });
    // npm test builds with a stand-in SITE_REPOSITORY; a build without one has no edit links.
    if (repository) await expect(edit).toHaveAttribute('href', `${repository}/edit/${branch}/${file}`);
    else await expect(edit).toHaveCount(0);
    const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], { encoding: 'utf8' }).trim();
    test.skip(!committed, 'the file has no git history here');
    const time = footer.locator('time');
    await expect(time).toHaveAttribute('datetime', new Date(committed).toISOString().slice(0, 10));
    await expect(footer).toContainText(`Last updated ${formatDate(new Date(committed))}`);
  });

  test('a list page links to the folder of its entries', async ({ page }) => {
    await page.goto('/timeline/');
    const edit = page.locator('footer').getByRole('link', { name: 'Edit these entries on GitHub' });
    if (repository) await expect(edit).toHaveAttribute('href', `${repository}/tree/${branch}/content/events`);
    else await expect(edit).toHaveCount(0);
  });

  test('every actor, weapon and claim page points at a file that exists', async ({ request }) => {
    for (const collection of ['actors', 'weapons', 'claims']) {
      for (const id of contentIds(collection)) {
        const html = await (await request.get(`/${collection}/${id}/`)).text();
        const path = /data-edit-path="([^"]+)"/.exec(html)?.[1];
        expect(path, `/${collection}/${id}/`).toBe(`content/${collection}/${id}.mdx`);
        expect(existsSync(path!)).toBe(true);
      }
    }
  });
});

test('a printed page shows the content and its sources with their addresses, and no navigation', async ({ page }) => {
  await page.goto('/weapons/nasams/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('main h1')).toBeVisible();
  const source = page.locator('main ol li a[rel~="external"]').first();
  await expect(source).toBeVisible();
  const href = await source.getAttribute('href');
  const after = await source.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(href);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.site-header')).toBeVisible();
});
