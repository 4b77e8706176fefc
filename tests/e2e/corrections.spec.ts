/** The corrections log as a reader uses it: from /corrections/ to the corrected section, and back from a page's notes. */
import { expect, test } from '@playwright/test';

test('a reader on /corrections/ follows a note to the section of the page it corrects', async ({ page }) => {
  await page.goto('/corrections/');
  const note = page.locator('main .log > li').filter({ hasText: 'hit four companies' });
  await expect(note).toHaveCount(1);
  await expect(note.getByRole('link', { name: 'Iran supplied Russia with drones used in Ukraine', exact: true })).toBeVisible();
  await note.getByRole('link', { name: /Go to the section/ }).click();
  await expect(page).toHaveURL(/\/claims\/iran-drones-to-russia\/#evidence-as-of-the-article$/);
  await expect(page.locator('#evidence-as-of-the-article')).toBeInViewport();
  // The page shows the same note at its end, dated and with its kind.
  const onPage = page.locator('#corrections li').filter({ hasText: 'hit four companies' });
  await expect(onPage.locator('time')).toHaveAttribute('datetime', '2026-12-01');
  await expect(onPage).toContainText('Correction');
  await onPage.getByRole('link', { name: 'Evidence as of the article' }).click();
  await expect(page.locator('#evidence-as-of-the-article')).toBeInViewport();
});

test('the footer and the about page lead to the corrections log', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.getByRole('heading', { name: 'Corrections policy' })).toBeVisible();
  await page.locator('main').getByRole('link', { name: 'corrections log' }).click();
  await expect(page).toHaveURL(/\/corrections\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Corrections' })).toBeVisible();
  await page.getByRole('contentinfo').getByRole('link', { name: 'the corrections log' }).click();
  await expect(page).toHaveURL(/\/corrections\/$/);
});
