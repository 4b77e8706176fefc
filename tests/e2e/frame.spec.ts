/** The page frame: themes, phone width, navigation, and search working from the header. */
import { expect, test } from '@playwright/test';

test('light and dark themes follow the reader’s system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(light).toBe('rgb(253, 253, 252)');
  expect(dark).toBe('rgb(20, 20, 20)');
});

for (const path of ['/', '/weapons/nasams/', '/claims/iran-ballistic-missiles-to-russia/', '/timeline/', '/sources/', '/glossary/', '/map/', '/search/?q=missile']) {
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
  for (const [name, path] of [['Claims', '/claims/'], ['Actors', '/actors/'], ['Weapons', '/weapons/'], ['Timeline', '/timeline/'], ['Glossary', '/glossary/'], ['Sources', '/sources/'], ['About', '/about/']]) {
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
