/** The Content-Security-Policy at work in a real browser, and what it still allows. */
import { expect, test } from '@playwright/test';

test('the policy blocks a script injected into a page, and reports the violation', async ({ page }) => {
  await page.goto('/weapons/nasams/');
  const result = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const handler = document.createElement('img');
    handler.setAttribute('src', '/missing-on-purpose.png');
    handler.setAttribute('onerror', 'window.__handler = true;');
    document.body.append(handler);
    // Both are refused with a violation report each; wait for the two reports, not a fixed time.
    await new Promise<void>((resolve) => {
      const done = () => violations.includes('script-src-elem') && violations.includes('script-src-attr') && resolve();
      document.addEventListener('securitypolicyviolation', done);
      done();
    });
    return { injected: (window as { __injected?: boolean }).__injected, handler: (window as { __handler?: boolean }).__handler, violations };
  });
  expect(result.injected).toBeUndefined();
  expect(result.handler).toBeUndefined();
  expect(result.violations).toContain('script-src-elem');
  expect(result.violations).toContain('script-src-attr');
});

test('the policy keeps the page from loading from another site', async ({ page }) => {
  await page.goto('/weapons/nasams/');
  const violations = await page.evaluate(async () => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
    const img = document.createElement('img');
    img.src = 'https://example.org/tracker.png';
    document.body.append(img);
    await fetch('https://example.org/').catch(() => undefined);
    // Wait for both reports, not a fixed time (the test times out if one never comes).
    await new Promise<void>((resolve) => {
      const done = () => seen.includes('img-src') && seen.includes('connect-src') && resolve();
      document.addEventListener('securitypolicyviolation', done);
      done();
    });
    return seen;
  });
  expect(violations).toEqual(expect.arrayContaining(['img-src', 'connect-src']));
});

test('search still works under the policy: Pagefind compiles its WebAssembly', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto('/search/?q=NASAMS');
  await expect(page.locator('#search-results li').first()).toBeVisible();
  expect(errors).toEqual([]);
});
