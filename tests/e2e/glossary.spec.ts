/** The generated glossary and the acronyms marked in prose. */
import { expect, test } from '@playwright/test';

test('/glossary/ lists NASAMS and ATACMS with their expansions, anchored, under an A–Z bar', async ({ page }) => {
  await page.goto('/glossary/');
  await expect(page.locator('#nasams')).toContainText('NASAMS');
  await expect(page.locator('#nasams .expansion')).toHaveText('National Advanced Surface-to-Air Missile System');
  await expect(page.locator('#atacms .expansion')).toHaveText('Army Tactical Missile System');
  await expect(page.locator('.term', { has: page.locator('#nasams') }).getByRole('link', { name: 'NASAMS', exact: true })).toHaveAttribute(
    'href',
    '/weapons/nasams/',
  );
  const az = page.getByRole('navigation', { name: 'Glossary letters' });
  await az.getByRole('link', { name: 'N', exact: true }).click();
  await expect(page).toHaveURL(/#letter-N$/);
  await expect(page.locator('#letter-N')).toBeInViewport();
});

test('the header links to the glossary, and a term has its own anchor', async ({ page }) => {
  await page.goto('/weapons/nasams/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page).toHaveURL(/\/glossary\/$/);
  await page.goto('/glossary/#atacms');
  await expect(page.locator('#atacms')).toBeInViewport();
});

test('an <abbr> on the NASAMS page carries its expansion', async ({ page }) => {
  await page.goto('/weapons/nasams/');
  const abbr = page.locator('.prose abbr', { hasText: /^NASAMS$/ }).first();
  await expect(abbr).toHaveAttribute('title', 'National Advanced Surface-to-Air Missile System');
});

test('the first use of a term shows its expansion on keyboard focus and gives it to screen readers', async ({ page }) => {
  await page.goto('/weapons/atacms/');
  const gloss = page.locator('.prose a.gloss').first();
  const tip = gloss.locator('.gloss-tip');
  await expect(tip).toHaveText(/^ \(.+\)$/);
  const hidden = await tip.boundingBox();
  expect(hidden!.width).toBeLessThanOrEqual(1);
  await gloss.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(gloss).toBeFocused();
  expect((await tip.boundingBox())!.width).toBeGreaterThan(20);
  const name = await gloss.evaluate((el) => el.textContent);
  expect(name).toMatch(/\(.+\)/);
});

test('a glossary "used on" link lands on a page that contains the term', async ({ page }) => {
  await page.goto('/glossary/');
  const link = page
    .locator('.term', { has: page.locator('#atacms') })
    .locator('.used-on a')
    .first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.locator('main abbr', { hasText: /^ATACMS$/ }).first()).toBeVisible();
});
