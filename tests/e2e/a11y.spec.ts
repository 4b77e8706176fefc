/**
 * Accessibility: axe (WCAG 2.2 A and AA rules) on every page of the sitemap and the 404
 * page, in light and dark themes, at a phone's and a desktop's width; the skip link;
 * a visible focus ring on everything the keyboard reaches.
 * Which rules run in which theme and width: `axeAtBothWidths` in tests/e2e/site.ts.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axeAtBothWidths, axeViolations } from './site.ts';
import { settings } from '../../src/lib/settings.ts';

const DIST = settings().outDir;
const paths = [
  ...[...readFileSync(`${DIST}/sitemap-0.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  '/search/?q=Geran-2',
  '/no-such-page/',
];

for (const path of paths) {
  test(`${path} has no axe violations in light and dark themes at 360 and 1280 px`, async ({ page }) => {
    test.setTimeout(240_000); // /sources/ lists every source: axe takes a while on it
    const found = await axeAtBothWidths(page, async () => {
      await page.goto(path);
      if (path.startsWith('/search/?')) await expect(page.locator('#search-results > li').first()).toBeVisible();
    });
    expect(found).toEqual([]);
  });
}

// The runs of the colour rules alone must find what they look for (a test of the test).
test('the colour rules, run alone, find a line of text too faint to read', async ({ page }) => {
  await page.goto('/weapons/nasams/');
  await page.evaluate(() => {
    const faint = Object.assign(document.createElement('p'), { textContent: 'Too faint to read' });
    Object.assign(faint.style, { color: '#ddd', background: '#fff' });
    document.querySelector('main')!.append(faint);
  });
  expect(await axeViolations(page, 'colour')).toEqual([expect.stringMatching(/^color-contrast: /)]);
});

test('the first Tab reaches a visible skip link, which moves focus to the main content', async ({ page }) => {
  await page.goto('/weapons/nasams/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement));
  expect(inMain).toBe(true);
});

for (const path of ['/', '/claims/iran-drones-to-russia/', '/glossary/', '/search/?q=NASAMS']) {
  test(`${path}: everything the keyboard reaches shows a focus ring`, async ({ page }) => {
    await page.goto(path);
    if (path.startsWith('/search/?')) await expect(page.locator('#search-results > li').first()).toBeVisible();
    const count = await page.evaluate(
      () => document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])').length,
    );
    const missing: string[] = [];
    for (let i = 0; i < Math.min(count, 150); i++) {
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'body';
        const s = getComputedStyle(el);
        const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
        return visible ? '' : `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 40)}`;
      });
      if (ring === 'body') break;
      if (ring) missing.push(ring);
    }
    expect(missing).toEqual([]);
  });
}
