/**
 * Reading on a phone (360 × 780 px): the story first, then the apparatus. On every actor,
 * weapon and claim page, in both themes, the summary and the first paragraph of prose start
 * within two screens and the header stays within its budget; on the search page the count
 * and the first result are on the first screen, with the filters behind one disclosure.
 * The disclosures work without JavaScript, print shows what they hide, axe stays clean with
 * them open, small labels stay readable, targets are 44 px, and excerpts read as words.
 * docs/mobile.md has the measurements before and after.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, contentIds } from './site.ts';

const PHONE = { width: 360, height: 780 };
const SCREEN = PHONE.height;
/** The header's budget on a phone: name, search and "Menu" in two rows of 44 px targets. */
const HEADER_MAX = 120;
/** The smallest text the site sets (--small in global.css): 15 px. */
const SMALLEST_TEXT = 15;
/** Every label a fact box shows, to find one run into its value in an excerpt ("KindGovernment"). */
const FACT_LABELS = [
  'Also called',
  'Kind',
  'Country',
  'Roles',
  'Part of',
  'Category',
  'Origin',
  'Made by',
  'Operators',
  'First use',
  'When the article was published',
  'Latest status',
  'Statements',
  'Concerns',
];

test.use({ viewport: PHONE });

/** Where an element starts, from the top of the page, in CSS pixels. */
async function top(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
}

for (const collection of ['actors', 'weapons', 'claims']) {
  test(`every ${collection} page starts its summary and prose within two screens, under a header of at most ${HEADER_MAX} px, in both themes`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const late: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const id of contentIds(collection)) {
        const path = `/${collection}/${id}/`;
        await page.goto(path);
        const header = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
        const lede = await top(page, '.lede');
        const prose = await top(page, '.prose p');
        if (header > HEADER_MAX) late.push(`${scheme} ${path}: header ${header} px`);
        if (lede > 2 * SCREEN || prose > 2 * SCREEN) late.push(`${scheme} ${path}: summary at ${lede} px, first paragraph at ${prose} px`);
      }
    }
    expect(late).toEqual([]);
  });
}

test('the search page shows the count and the first result on the first screen, in both themes', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/search/?q=Kiev');
    const first = page.locator('#search-results > li').first();
    await expect(first).toBeVisible();
    expect(await top(page, '#search-status'), scheme).toBeLessThan(SCREEN);
    expect(await top(page, '#search-results > li .result-title'), scheme).toBeLessThan(SCREEN - 40);
  }
});

test('the search filters sit behind one disclosure that counts the chosen values and offers only values with results', async ({ page }) => {
  await page.goto('/search/?q=Kiev');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  const summary = page.locator('#search-filter-summary');
  await expect(summary).toHaveText('Filters');
  const actor = page.getByRole('checkbox', { name: /^Actor/ });
  await expect(actor).toBeHidden();
  await summary.click();
  for (const count of await page.locator('#search-filters .count').allTextContents()) expect(count).not.toBe('(0)');
  await actor.check();
  await expect(summary).toHaveText('Filters (1 active)');
  await expect(page).toHaveURL(/type=Actor/);
  // A value chosen with no result left stays offered, so the choice can be undone.
  await page.goto('/search/?q=Kiev&type=Actor&status=Confirmed');
  await expect(summary).toHaveText('Filters (2 active)');
  await summary.click();
  await expect(page.getByRole('checkbox', { name: /^Confirmed/ })).toBeChecked();
});

test('search excerpts keep fact-box labels apart from their values, and no result section is the fact box heading', async ({ page }) => {
  const runTogether = new RegExp(`(${FACT_LABELS.join('|')})[A-Z0-9]`);
  for (const q of ['Kiev', 'Government', 'Shahed-136', 'Kremlin', 'missile']) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('#search-results > li').first()).toBeVisible();
    for (const text of await page.locator('#search-results p').allTextContents()) {
      expect(text, q).not.toMatch(runTogether);
      expect(text, q).not.toMatch(/^(Facts|The claim)\. (Also called|When the article)/);
    }
    expect(await page.locator('#search-results li li > a').allTextContents(), q).not.toContain('Facts');
  }
});

test('the header fits two rows of 44 px targets, and "Menu" opens the navigation by touch and keyboard without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/weapons/nasams/');
  const nav = page.getByRole('navigation', { name: 'Site' });
  const menu = page.locator('.site-header summary');
  await expect(nav.getByRole('link', { name: 'Claims' })).toBeHidden();
  for (const target of [menu, page.locator('#site-search'), page.locator('.site-header button')]) {
    expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  await menu.tap();
  const links = nav.getByRole('link');
  await expect(links).toHaveCount(7);
  for (const link of await links.all()) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await menu.press('Enter');
  await expect(nav.getByRole('link', { name: 'Claims' })).toBeHidden();
  await menu.press('Enter');
  await nav.getByRole('link', { name: 'Claims' }).click();
  await expect(page).toHaveURL('/claims/');
  await context.close();
});

test('a fact box shows its first items, the rest behind a disclosure that opens without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/weapons/aim-120-amraam/');
  const facts = page.locator('.facts');
  const more = facts.locator('details.more', { hasText: 'more operators' });
  await expect(facts.locator('.fact', { hasText: 'Operators' }).locator('dd > ul > li')).toHaveCount(2);
  await expect(more.locator('li').first()).toBeHidden();
  await more.locator('summary').click();
  await expect(more.locator('li')).toHaveCount(2);
  for (const li of await more.locator('li').all()) await expect(li).toBeVisible();
  const figures = facts.locator('details.more', { hasText: 'Published figures' });
  await expect(figures.locator('table')).toBeHidden();
  await figures.locator('summary').press('Enter');
  await expect(figures.locator('table')).toBeVisible();
  await context.close();
});

test('a claim page gives the count of statements in its fact box and lists them after the prose', async ({ page }) => {
  await page.goto('/claims/iran-drones-to-russia/');
  const link = page.locator('.facts').getByRole('link', { name: /^\d+ assertions?, \d+ denials?$/ });
  await link.click();
  const statements = page.getByRole('region', { name: 'Statements' });
  await expect(statements).toBeInViewport();
  expect(await top(page, '#statements')).toBeGreaterThan(await top(page, '.prose p'));
  await expect(statements.getByRole('heading', { name: 'Asserted by' })).toBeVisible();
  await expect(statements.getByRole('heading', { name: 'Denied by' })).toBeVisible();
});

test('print shows everything the disclosures hide', async ({ page }) => {
  for (const path of ['/weapons/aim-120-amraam/', '/claims/iran-drones-to-russia/', '/actors/government-of-russia/']) {
    await page.goto(path);
    const hidden = page.locator('main details:not([open]) > :not(summary)');
    expect(await hidden.count(), path).toBeGreaterThan(0);
    await expect(hidden.first()).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    for (const el of await hidden.all()) await expect(el, path).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  }
});

test('axe finds nothing with every disclosure open, on a phone, in both themes', async ({ page }) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  for (const path of ['/weapons/aim-120-amraam/', '/claims/iran-drones-to-russia/', '/actors/government-of-russia/', '/search/?q=Kiev']) {
    await page.goto(path);
    if (path.startsWith('/search/')) await expect(page.locator('#search-results > li').first()).toBeVisible();
    await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    // Every rule in the light theme; the dark one differs in colours alone (as in tests/e2e/a11y.spec.ts).
    await page.emulateMedia({ colorScheme: 'light' });
    found.push(...(await axeViolations(page)).map((v) => `${path} light: ${v}`));
    await page.emulateMedia({ colorScheme: 'dark' });
    found.push(...(await axeViolations(page, 'colour')).map((v) => `${path} dark: ${v}`));
  }
  expect(found).toEqual([]);
});

test(`no text is smaller than ${SMALLEST_TEXT} px on a phone, status badges included`, async ({ page }) => {
  for (const path of ['/claims/iran-drones-to-russia/', '/weapons/shahed-136/', '/claims/', '/search/?q=Kiev']) {
    await page.goto(path);
    if (path.startsWith('/search/')) await expect(page.locator('#search-results > li').first()).toBeVisible();
    await page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
    const small = await page.evaluate((min) => {
      const out: string[] = [];
      // The relation map's SVG labels scale with the drawing; its list alternative is text.
      for (const el of document.querySelectorAll('body *:not(svg, svg *, script, style)')) {
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (own && el.getClientRects().length && size < min)
          out.push(`${el.tagName.toLowerCase()}.${el.className} ${size}px: ${el.textContent!.trim().slice(0, 30)}`);
      }
      return out;
    }, SMALLEST_TEXT - 0.01);
    expect(small, path).toEqual([]);
  }
});
