import { test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
for (const path of ['/claims/iran-drones-to-russia/', '/sources/']) {
  test(`exp ${path}`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(path);
    await new AxeBuilder({ page }).withTags(tags).analyze();
    for (let i = 0; i < 2; i++) {
      let t = performance.now();
      const a = await new AxeBuilder({ page }).withTags(tags).analyze();
      console.log(path, 'full', Math.round(performance.now() - t), a.violations.length);
      t = performance.now();
      const b = await new AxeBuilder({ page }).withTags(tags).options({ resultTypes: ['violations'] }).analyze();
      console.log(path, 'violations only', Math.round(performance.now() - t), b.violations.length);
    }
  });
}
