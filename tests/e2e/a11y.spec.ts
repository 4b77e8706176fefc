/** Accessibility: axe (WCAG 2.2 A and AA rules) on each kind of page, in both themes. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  '/',
  '/claims/',
  '/claims/iran-ballistic-missiles-to-russia/',
  '/weapons/shahed-136/',
  '/actors/patrick-ryder/',
  '/glossary/',
  '/timeline/',
  '/sources/',
  '/map/',
  '/about/',
  '/search/?q=Geran-2',
  '/no-such-page/',
];

for (const scheme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`${path} has no axe violations in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (path.startsWith('/search/')) await expect(page.locator('#search-results > li').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  }
}
