import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardPng } from '../../src/data/card-images.ts';
import { cardImage, drawCards } from '../../src/data/card-pool.ts';
import {
  CARD_COLOURS,
  cardAlt,
  cardKey,
  cardLayout,
  cardPath,
  entityCard,
  fitTitle,
  pageCards,
  SITE_PAGE_TITLES,
  siteCard,
  wrapLines,
} from '../../src/lib/og-card.ts';
import { CLAIM_STATUSES, SECTIONS } from '../../src/lib/vocabulary.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// Out of order on purpose: the latest change is the latest by date, not the last written.
const history = [
  { date: day('2022-11-09'), status: 'unverified' as const, why: 'Asserted.' },
  { date: day('2024-03-12'), status: 'contradicted' as const, why: 'Shown false.' },
  { date: day('2023-01-05'), status: 'contested' as const, why: 'Both sides.' },
];

describe('what a card says', () => {
  it('a claim’s card names its type and its latest status by date, with its tone and day', () => {
    expect(entityCard('claims', 'Iran supplied ballistic missiles to Russia', history)).toEqual({
      title: 'Iran supplied ballistic missiles to Russia',
      type: 'Disputed claim',
      status: { label: 'Contradicted', tone: 'bad', date: '12 March 2024' },
    });
  });

  it('an actor’s or weapon’s card has its type and no status; the site’s pages have neither, the home page the site’s name', () => {
    expect(entityCard('weapons', 'NASAMS')).toEqual({ title: 'NASAMS', type: 'Weapon system' });
    expect(entityCard('actors', 'PressTV')).toEqual({ title: 'PressTV', type: 'Actor' });
    expect(siteCard('/timeline/', 'Timeline')).toEqual({ title: 'Timeline' });
    expect(siteCard('/', 'Home')).toEqual({ title: 'Iran, Russia & the drones' });
  });

  it('the alt text names the type, title, a claim’s latest status and date, and the site', () => {
    expect(cardAlt(entityCard('claims', 'Iran supplied ballistic missiles to Russia', history))).toBe(
      'Disputed claim: Iran supplied ballistic missiles to Russia. Latest status: Contradicted, since 12 March 2024. Iran, Russia & the drones.',
    );
    expect(cardAlt({ title: 'NASAMS', type: 'Weapon system' })).toBe('Weapon system: NASAMS. Iran, Russia & the drones.');
    expect(cardAlt({ title: 'Did Iran send drones?' })).toBe('Did Iran send drones? Iran, Russia & the drones.');
    expect(cardAlt(siteCard('/', 'Home'))).toBe('Iran, Russia & the drones. An explainer of one news story of November 2022.');
  });

  it('every page has a card: the site’s pages, every section, and each entity at its page’s path', () => {
    const cards = pageCards([
      { collection: 'weapons', id: 'nasams', title: 'NASAMS' },
      { collection: 'claims', id: 'x', title: 'X', history },
    ]);
    for (const s of SECTIONS) expect(cards.get(s.path), s.path).toEqual({ title: s.long });
    expect(cards.get('/')).toEqual({ title: 'Iran, Russia & the drones' });
    expect(cards.get('/weapons/nasams/')).toEqual({ title: 'NASAMS', type: 'Weapon system' });
    expect(cards.get('/claims/x/')?.status?.label).toBe('Contradicted');
    expect(cards.size).toBe(Object.keys(SITE_PAGE_TITLES).length + 2);
  });

  it('is published at the page’s path with ".png", under /og/', () => {
    expect(cardPath('/weapons/nasams/')).toBe('/og/weapons/nasams.png');
    expect(cardPath('/claims/')).toBe('/og/claims.png');
    expect(cardPath('/')).toBe('/og/index.png');
    expect(cardPath('/404/')).toBe('/og/404.png');
  });
});

describe('fitting the title', () => {
  it('wraps words greedily, a word longer than a line on a line of its own', () => {
    expect(wrapLines('Iran supplied ballistic missiles to Russia', 20)).toEqual(['Iran supplied', 'ballistic missiles', 'to Russia']);
    expect(wrapLines('  a   b ', 3)).toEqual(['a b']);
    expect(wrapLines('Counter-unmanned-aircraft systems', 10)).toEqual(['Counter-unmanned-aircraft', 'systems']);
    expect(wrapLines('', 10)).toEqual([]);
  });

  it('sets a short title largest and a longer one smaller, in at most four lines', () => {
    expect(fitTitle('NASAMS')).toEqual({ fontSize: 68, lines: ['NASAMS'] });
    const longer = fitTitle('NASAMS is "manufactured as a joint venture" of Raytheon and Kongsberg, as its makers and the Pentagon say');
    expect(longer.fontSize).toBeLessThan(68);
    expect(longer.lines.length).toBeLessThanOrEqual(4);
    expect(longer.lines.join(' ')).toBe('NASAMS is "manufactured as a joint venture" of Raytheon and Kongsberg, as its makers and the Pentagon say');
  });

  it('cuts a title too long for the smallest size after a whole word, with "…", and keeps every line within the width', () => {
    const title = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const fit = fitTitle(title);
    expect(fit.fontSize).toBe(48);
    expect(fit.lines).toHaveLength(4);
    expect(fit.lines.at(-1)).toMatch(/^word\d+( word\d+)*…$/);
    const perLine = Math.max(...fitTitle('x '.repeat(200)).lines.map((l) => l.length));
    for (const line of fit.lines) expect(line.length).toBeLessThanOrEqual(perLine);
    expect(title.startsWith(fit.lines.join(' ').slice(0, -1))).toBe(true);
  });
});

/** WCAG's contrast ratio of two "#rrggbb" colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the layout and its cache key', () => {
  it('every claim tone has a badge colour, and every text is at least 4.5:1 on what it is set on', () => {
    const { bg, fg, soft, accent, tones } = CARD_COLOURS;
    for (const [status, { tone }] of Object.entries(CLAIM_STATUSES)) {
      expect(tones[tone], status).toBeDefined();
      expect(contrast(bg, tones[tone]!), `${status}: badge text on ${tones[tone]}`).toBeGreaterThanOrEqual(4.5);
    }
    for (const text of [fg, soft, accent]) expect(contrast(text, bg), text).toBeGreaterThanOrEqual(4.5);
  });

  it('a claim’s card is laid out as before (golden)', async () => {
    const layout = cardLayout(entityCard('claims', 'Iran sent Russia only a limited number of drones, before the war', history));
    await expect(`${JSON.stringify(layout, null, 1)}\n`).toMatchFileSnapshot('og-card-golden/claim-layout.json');
  });

  it('the key changes with the text, the style or the renderers’ versions, and only then', () => {
    const a = cardLayout({ title: 'NASAMS', type: 'Weapon system' });
    expect(cardKey(a, 'satori@1')).toBe(cardKey(cardLayout({ title: 'NASAMS', type: 'Weapon system' }), 'satori@1'));
    expect(cardKey(a, 'satori@1')).not.toBe(cardKey(cardLayout({ title: 'NASAMS', type: 'Actor' }), 'satori@1'));
    expect(cardKey(a, 'satori@1')).not.toBe(cardKey(a, 'satori@2'));
    const restyled = structuredClone(a);
    restyled.props.style.backgroundColor = '#000';
    expect(cardKey(a, 'satori@1')).not.toBe(cardKey(restyled, 'satori@1'));
  });
});

// Drawing starts satori, resvg and worker threads: seconds on a machine busy with other builds.
describe('drawing a card', { timeout: 30_000 }, () => {
  const cache = mkdtempSync(join(tmpdir(), 'og-cards-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));

  it('draws a 1200 × 630 PNG under 100 KB and keeps it in the cache, which the next call reads', async () => {
    const card = entityCard('claims', 'Iran supplied ballistic missiles to Russia', history);
    const png = await cardPng(card, cache);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    // Written with a palette of its colours (src/lib/png.ts), so it is small.
    expect(png[25], 'colour type').toBe(3);
    expect(png.length).toBeLessThan(24 * 1024);
    const [file] = readdirSync(join(cache, 'og-cards'));
    expect(file).toMatch(/^[0-9a-f]{32}\.png$/);
    // A cached card is read, not drawn again.
    writeFileSync(join(cache, 'og-cards', file!), 'cached');
    expect((await cardPng(card, cache)).toString()).toBe('cached');
  });

  it('draws cards in worker threads, into the cache given, and hands each its own PNG', async () => {
    const workerCache = join(cache, 'workers');
    const cards = [entityCard('weapons', 'NASAMS'), entityCard('actors', 'PressTV'), siteCard('/timeline/', 'Timeline')];
    drawCards(cards, { cacheDir: workerCache, threads: 2 });
    const pngs = await Promise.all(cards.map((c) => cardImage(c, workerCache)));
    for (const png of pngs) expect([png.toString('latin1', 12, 16), png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(['IHDR', 1200, 630]);
    expect(new Set(pngs.map((p) => p.toString('base64'))).size).toBe(3);
    expect(readdirSync(join(workerCache, 'og-cards'))).toHaveLength(3);
    // The same pixels as drawn on this thread.
    expect(pngs[0]!.equals(await cardPng(cards[0]!, join(cache, 'here')))).toBe(true);
  });

  it('draws every card handed over in one worker, however many, from the last', async () => {
    const dir = join(cache, 'many');
    const cards = Array.from({ length: 12 }, (_, i) => entityCard('actors', `Actor number ${i}`));
    drawCards(cards, { cacheDir: dir, threads: 1 });
    // Asked for one by one in the order the worker takes them (last first), each once the one
    // before is done: the worker has always taken the card asked for.
    const pngs: Buffer[] = [];
    for (const card of [...cards].reverse()) pngs.push(await cardImage(card, dir));
    expect(pngs.every((p) => p.toString('latin1', 12, 16) === 'IHDR')).toBe(true);
    expect(readdirSync(join(dir, 'og-cards'))).toHaveLength(cards.length);
  });

  it('frees each image once drawn: drawing 40 more cards does not hold their memory', async () => {
    const dir = join(cache, 'memory');
    const draw = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => entityCard('weapons', `Weapon system number ${from + i}`)).reduce<Promise<unknown>>(
        (done, card) => done.then(() => cardPng(card, dir)),
        Promise.resolve(),
      );
    await draw(0, 5);
    const before = process.memoryUsage().rss;
    await draw(5, 40);
    // resvg's native build kept about 6 MB a card (thx/resvg-js#216): 240 MB here.
    expect((process.memoryUsage().rss - before) / 2 ** 20).toBeLessThan(120);
  });

  it('waits for a card another process has claimed, and reads the one it draws; takes over a claim left a minute ago', async () => {
    const card = siteCard('/sources/', 'Sources');
    const dir = join(cache, 'claimed');
    await cardPng(card, dir);
    const [name] = readdirSync(join(dir, 'og-cards'));
    const file = join(dir, 'og-cards', name!);
    const drawn = readFileSync(file);
    rmSync(file);
    writeFileSync(`${file}.claim`, '');
    let answered = false;
    const waiting = cardPng(card, dir).then((png) => ((answered = true), png));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answered, 'drawn while another process holds the claim').toBe(false);
    writeFileSync(file, 'drawn elsewhere');
    expect((await waiting).toString()).toBe('drawn elsewhere');
    // A claim a minute old is from a build stopped while drawing: this thread draws the card.
    rmSync(file);
    utimesSync(`${file}.claim`, new Date(Date.now() - 61_000), new Date(Date.now() - 61_000));
    expect((await cardPng(card, dir)).equals(drawn)).toBe(true);
    expect(existsSync(`${file}.claim`), 'the claim is released').toBe(false);
  });

  it('leaves a card already in the cache to be read, not drawn again', async () => {
    const card = siteCard('/glossary/', 'Glossary');
    const dir = join(cache, 'again');
    await cardPng(card, dir);
    const [file] = readdirSync(join(dir, 'og-cards'));
    writeFileSync(join(dir, 'og-cards', file!), 'cached');
    drawCards([card], { cacheDir: dir, threads: 1 });
    expect((await cardImage(card, dir)).toString()).toBe('cached');
  });
});
