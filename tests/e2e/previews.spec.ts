/**
 * Link and citation previews (src/components/Previews.astro): hovering or focusing a
 * wikilink shows the target page's type, title, a claim's latest status and the summary's
 * first sentence, each checked against the target page itself; a citation mark shows the
 * source's outlet, date and title, checked against the page's source list. Escape closes the
 * card and leaves focus on the link; the pointer moving into the card keeps it; no policy
 * violation; axe is clean with a card open in both themes. On a phone no card appears and a
 * tap follows the link.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './site.ts';

const PAGE = '/claims/geran-2-is-shahed-136/';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
});

/** The card's parts, in its order: kicker, badge, title, line. */
function card(page: Page) {
  const root = page.locator('.preview');
  return {
    root,
    kicker: root.locator('> span:first-child'),
    badge: root.locator('> .badge'),
    title: root.locator('> b'),
    line: root.locator('> span:last-child'),
  };
}

/** What the page a link leads to says at its top: type, title, summary, and a claim's latest status. */
async function target(page: Page, link: Locator) {
  const other = await page.context().newPage();
  await other.goto((await link.getAttribute('href'))!);
  const latest = other.locator('[data-status="latest"] .badge');
  const facts = {
    // The kicker's text, not as shown (CSS sets it in capitals).
    type: (await other.locator('.kicker').textContent())!.trim(),
    title: await other.locator('h1').innerText(),
    summary: await other.locator('.lede').innerText(),
    status: (await latest.count()) ? { text: await latest.innerText(), className: await latest.getAttribute('class') } : undefined,
  };
  await other.close();
  return facts;
}

async function expectCardFor(page: Page, link: Locator) {
  const facts = await target(page, link);
  const { root, kicker, badge, title, line } = card(page);
  await expect(root).toBeVisible();
  await expect(kicker).toHaveText(facts.type);
  await expect(title).toHaveText(facts.title);
  expect(facts.summary.startsWith(await line.innerText())).toBe(true);
  if (facts.status) {
    await expect(badge).toHaveText(facts.status.text);
    await expect(badge).toHaveAttribute('class', facts.status.className!);
  } else await expect(badge).toHaveCount(0);
  return facts;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

test('hovering a wikilink to a claim shows its type, title, latest status and summary', async ({ page }) => {
  await page.goto(PAGE);
  const link = page.locator('.prose a.wikilink[href^="/claims/"]').first();
  await link.hover();
  const facts = await expectCardFor(page, link);
  expect(facts.status).toBeDefined();
  // Decoration repeating what the link leads to: the link's name stays its own text.
  await expect(card(page).root).toHaveAttribute('aria-hidden', 'true');
  await expect(link).toHaveAccessibleName((await link.evaluate((a) => a.firstChild!.textContent!)).trim());
  expect(await violations(page)).toEqual([]);
});

test('focusing a wikilink to an actor with the keyboard shows its card; Escape closes it and leaves focus there', async ({ page }) => {
  await page.goto(PAGE);
  const link = page.locator('.prose a.wikilink[href^="/actors/"]').first();
  // Focus from the keyboard: Tab from the element just before the link.
  await link.evaluate((a) => {
    const before = document.createElement('button');
    before.textContent = 'before';
    a.before(before);
    before.focus();
  });
  await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  const facts = await expectCardFor(page, link);
  expect(facts.type).toBe('Actor');
  await page.keyboard.press('Escape');
  await expect(card(page).root).toBeHidden();
  await expect(link).toBeFocused();
  expect(await violations(page)).toEqual([]);
});

test('a citation mark shows the source’s original outlet, date and title, as the source list has them', async ({ page }) => {
  await page.goto(PAGE);
  const mark = page.locator('.prose sup.cite a').first();
  await mark.hover();
  const { root, kicker, title } = card(page);
  await expect(root).toBeVisible();
  const entry = page.locator(`li${await mark.getAttribute('href')}`);
  await expect(title).toHaveText(await entry.locator('> a:not(.back), > cite').first().innerText());
  // "Title. Outlet, date · read in …": the outlet credited, not the site the copy was read on.
  const outletAndDate = await kicker.innerText();
  expect(outletAndDate).toMatch(/^.+, \d{1,2} [A-Z][a-z]+ \d{4}$/);
  expect(await entry.innerText()).toContain(`${await title.innerText()}. ${outletAndDate}`);
  expect(await violations(page)).toEqual([]);
});

test('the card stays while the pointer moves from the link into it, and closes when it leaves both', async ({ page }) => {
  await page.goto(PAGE);
  // A link that wraps onto a second line: its card is under that line, where the pointer leaves it.
  const wrapped = await page.locator('.prose a.wikilink').evaluateAll((as) => as.findIndex((a) => a.getClientRects().length > 1));
  expect(wrapped).toBeGreaterThanOrEqual(0);
  const link = page.locator('.prose a.wikilink').nth(wrapped);
  await link.scrollIntoViewIfNeeded();
  const last = await link.evaluate((a) => JSON.parse(JSON.stringify([...a.getClientRects()].pop())) as DOMRect);
  await page.mouse.move(last.x + 4, last.y + last.height / 2);
  const { root } = card(page);
  await expect(root).toBeVisible();
  const box = (await root.boundingBox())!;
  expect(Math.abs(box.y - last.bottom)).toBeLessThanOrEqual(1);
  expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await page.mouse.move(last.x + 4, box.y + box.height - 4, { steps: 12 });
  await page.waitForTimeout(400);
  await expect(root).toBeVisible();
  await page.mouse.move(box.x + box.width + 40, box.y + box.height + 60, { steps: 4 });
  await expect(root).toBeHidden();
});

test('a card near the right edge of the window stays inside it', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 800 });
  await page.goto(PAGE);
  const marks = page.locator('.prose sup.cite a');
  const rightmost = await marks.evaluateAll((as) =>
    as.reduce((best, a, i, all) => (a.getBoundingClientRect().x > all[best]!.getBoundingClientRect().x ? i : best), 0),
  );
  await marks.nth(rightmost).hover();
  // The card opens after a short delay: measure it once it is there.
  await expect(card(page).root).toBeVisible();
  const box = (await card(page).root.boundingBox())!;
  const mark = (await marks.nth(rightmost).boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(900);
  // Still under the mark, so the pointer can move straight down into it.
  expect(box.x).toBeLessThanOrEqual(mark.x);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with a card open, ${scheme} theme`, async ({ page }) => {
    test.setTimeout(120_000); // axe runs twice on a long page
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(PAGE);
    await page.locator('.prose a.wikilink[href^="/claims/"]').first().hover();
    await expect(card(page).root).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('.prose sup.cite a').first().hover();
    await expect(card(page).title).not.toBeEmpty();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

  test('no card appears, nothing is fetched for one, and a tap follows the link', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => r.url().includes('/previews/') && fetched.push(r.url()));
    await page.goto(PAGE);
    expect(await page.evaluate(() => matchMedia('(pointer: fine)').matches)).toBe(false);
    const link = page.locator('.prose a.wikilink').first();
    await link.scrollIntoViewIfNeeded();
    await link.focus();
    await page.waitForTimeout(300);
    await expect(page.locator('.preview')).toHaveCount(0);
    const href = (await link.getAttribute('href'))!;
    await link.tap();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    expect(fetched).toEqual([]);
  });
});
