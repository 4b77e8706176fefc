/**
 * The sharing card of every page: the 1200 × 630 picture a link preview shows (Open Graph
 * `og:image`). What a card says, where it is published, its alt text and its layout are
 * decided here, as data; src/data/card-images.ts turns the layout into a PNG (satori lays
 * it out as SVG, resvg draws it) and src/pages/og/[...path].png.ts publishes it.
 */
import { createHash } from 'node:crypto';
import { latestStatus, type StatusChange } from './claims.ts';
import { formatDate } from './dates.ts';
import { entryPath } from './urls.ts';
import { isEntity, type EntryLike } from './entries.ts';
import { SITE } from './site.ts';
import { CLAIM_STATUSES, ENTITY_TYPE_LABELS, SECTIONS, type EntityCollection } from './vocabulary.ts';

/** The card's size in pixels, as `og:image:width` and `og:image:height` state it. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What one page's card says. */
export interface Card {
  /** The page's title, as its heading shows it (the home page: the site's name). */
  title: string;
  /** What the page is about, as vocabulary.ts names it ("Weapon system"); none for the site's own pages. */
  type?: string;
  /** A claim's latest status: its label, badge tone and the day it took effect ("12 March 2024"). */
  status?: { label: string; tone: string; date: string };
}

/**
 * The site's own pages (everything but the actor, weapon and claim pages) by site path,
 * with the title each gives its layout; the dist tests check that every page's card
 * names its title, so a page added or renamed without its card here fails them.
 */
export const SITE_PAGE_TITLES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(SECTIONS.map((s) => [s.path, s.long])),
  '/': 'Home',
  '/404/': 'Page not found',
  '/corrections/': 'Corrections',
  '/data/': 'Open data',
  '/follow/': 'Follow the story',
  '/map/': 'Map of the story',
  '/search/': 'Search',
};

/** The card of one of the site's own pages; the home page's card carries the site's name. */
export function siteCard(path: string, title: string): Card {
  return { title: path === '/' ? SITE.name : title };
}

/**
 * The card of an actor, weapon or claim page: its title, its type and, for a claim, the
 * latest change of its status history.
 *
 *   entityCard('claims', 'Iran supplied ballistic missiles to Russia', history)
 *   // { title: …, type: 'Disputed claim', status: { label: 'Contradicted', tone: 'bad', date: '12 March 2024' } }
 */
export function entityCard(collection: EntityCollection, title: string, history?: readonly StatusChange[]): Card {
  const latest = history && latestStatus(history);
  const status = latest && { label: CLAIM_STATUSES[latest.status].label, tone: CLAIM_STATUSES[latest.status].tone, date: formatDate(latest.date) };
  return { title, type: ENTITY_TYPE_LABELS[collection], ...(status && { status }) };
}

/**
 * Where a page's card is published, as a site path: the page's path with ".png".
 *
 *   cardPath('/weapons/nasams/') === '/og/weapons/nasams.png'
 *   cardPath('/')                === '/og/index.png'
 *   cardPath('/404/')            === '/og/404.png'
 */
export function cardPath(sitePath: string): string {
  const name = sitePath.replace(/^\/|\/$/g, '');
  return `/og/${name || 'index'}.png`;
}

/**
 * The card's alt text (`og:image:alt`): the type, the title, a claim's latest status and
 * its date, and the site's name, as a screen reader in a link preview reads them.
 *
 *   cardAlt({ title: 'NASAMS', type: 'Weapon system' }) === 'Weapon system: NASAMS. Iran, Russia & the drones.'
 */
export function cardAlt(card: Card): string {
  const head = card.type ? `${card.type}: ${card.title}` : card.title;
  const status = card.status ? ` Latest status: ${card.status.label}, since ${card.status.date}.` : '';
  const site = card.title === SITE.name ? `${SITE.tagline} of ${SITE.story}` : SITE.name;
  const stop = /[.?!…]$/.test(head) ? '' : '.';
  return `${head}${stop}${status} ${site[0]!.toUpperCase()}${site.slice(1)}.`;
}

/** The title's text size and how it is cut: the largest size at which it fits the lines there are. */
export interface TitleFit {
  fontSize: number;
  /** The title in lines, as wrapped at that size (the last ends in "…" if the title was cut). */
  lines: string[];
}

/** Title sizes tried, largest first, and the lines the title may take at each. */
const TITLE_SIZES = [
  { fontSize: 68, maxLines: 3 },
  { fontSize: 56, maxLines: 4 },
  { fontSize: 48, maxLines: 4 },
] as const;
/** The width of the title's box in pixels (the card less its margins). */
const TITLE_WIDTH = CARD_SIZE.width - 2 * 72;
/**
 * The average advance of a character of the bold card font, in ems, rounded up so a line
 * estimated to fit does fit: satori wraps with the font's real widths, and an estimate on
 * the wide side can only leave a line shorter than measured.
 */
const EM_PER_CHAR = 0.56;

/**
 * Greedy word wrapping: the words of `text` in lines of at most `perLine` characters (a
 * word longer than a line gets a line of its own).
 *
 *   wrapLines('Iran supplied ballistic missiles to Russia', 20) // ['Iran supplied', 'ballistic missiles', 'to Russia']
 */
export function wrapLines(text: string, perLine: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The largest title size at which the title fits its lines; a title too long even at the
 * smallest size is cut after a whole word and ends in "…".
 */
export function fitTitle(title: string): TitleFit {
  for (const { fontSize, maxLines } of TITLE_SIZES) {
    const lines = wrapLines(title, Math.floor(TITLE_WIDTH / (fontSize * EM_PER_CHAR)));
    if (lines.length <= maxLines) return { fontSize, lines };
  }
  const { fontSize, maxLines } = TITLE_SIZES.at(-1)!;
  const perLine = Math.floor(TITLE_WIDTH / (fontSize * EM_PER_CHAR));
  const lines = wrapLines(title, perLine).slice(0, maxLines);
  let last = lines.pop()!;
  while (last.length + 1 > perLine && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  return { fontSize, lines: [...lines, `${last.replace(/[\s,;:.]+$/, '')}…`] };
}

/**
 * The card's colours: the light theme of global.css (the dark theme is for screens set
 * to it; a shared picture is seen on either). Every text colour is at least 4.5:1 on the
 * background, the badge text 4.5:1 on its tone.
 */
export const CARD_COLOURS = {
  bg: '#fdfdfc',
  fg: '#1b1b1a',
  soft: '#4a4a47',
  line: '#d6d4cf',
  accent: '#8a4b00',
  tones: { ok: '#1e6b34', warn: '#8a4b00', bad: '#a3231b', neutral: '#4a4a47' } as Record<string, string>,
} as const;

/** The font family the card is set in (src/data/card-images.ts loads it). */
export const CARD_FONT = 'Atkinson Hyperlegible';

/** A node of satori's element tree: what JSX would produce, written as data. */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode | CardNode[] };
}

const div = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({ type: 'div', props: { style, children } });

/**
 * The card as satori's element tree: the type in the accent colour, the title as large as
 * fits, a claim's status as a badge with its date, and the site's name at the foot.
 */
export function cardLayout(card: Card): CardNode {
  const { bg, fg, soft, line, accent, tones } = CARD_COLOURS;
  const title = fitTitle(card.title);
  const top = card.type
    ? div({ fontSize: 36, fontWeight: 700, color: accent }, card.type)
    : div({ fontSize: 36, color: soft }, `${SITE.tagline} of ${SITE.story}`);
  const status = card.status
    ? div({ display: 'flex', alignItems: 'center', fontSize: 34, color: soft }, [
        div(
          { backgroundColor: tones[card.status.tone] ?? soft, color: bg, fontWeight: 700, padding: '6px 20px', borderRadius: 8, marginRight: 20 },
          card.status.label,
        ),
        div({}, `since ${card.status.date}`),
      ])
    : undefined;
  return div(
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      padding: 72,
      paddingTop: 64,
      backgroundColor: bg,
      color: fg,
      fontFamily: CARD_FONT,
      borderTop: `16px solid ${accent}`,
    },
    [
      top,
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          flexGrow: 1,
          justifyContent: 'center',
          margin: '16px 0',
          fontSize: title.fontSize,
          fontWeight: 700,
          lineHeight: 1.15,
        },
        title.lines.map((l) => div({}, l)),
      ),
      ...(status ? [status] : []),
      div({ display: 'flex', justifyContent: 'space-between', marginTop: 36, paddingTop: 24, borderTop: `2px solid ${line}`, fontSize: 30, color: soft }, [
        div({ fontWeight: 700, color: fg }, SITE.name),
        div({}, SITE.tagline),
      ]),
    ],
  );
}

/**
 * The key a rendered card is kept under in the build cache: a hash of everything that
 * decides its pixels (the layout with its text, and the renderers' and font's versions),
 * so a changed title, status, style or library draws it again and nothing else does.
 */
export function cardKey(layout: CardNode, versions: string): string {
  return createHash('sha256').update(versions).update(JSON.stringify(layout)).digest('hex').slice(0, 32);
}

/** An actor, weapon or claim page, as its card needs it. */
export interface CardEntity {
  collection: EntityCollection;
  id: string;
  title: string;
  history?: readonly StatusChange[];
}

/** Every page's card by its site path: the site's own pages and one per actor, weapon and claim. */
export function pageCards(entities: readonly CardEntity[]): Map<string, Card> {
  const cards = new Map(Object.entries(SITE_PAGE_TITLES).map(([path, title]) => [path, siteCard(path, title)]));
  for (const e of entities) cards.set(entryPath(e.collection, e.id), entityCard(e.collection, e.title, e.history));
  return cards;
}

/**
 * Every page's card from the entries (Astro's, or the content check's: the same data), the
 * entity pages among them; the other entries have no page of their own.
 */
export function cardsOfEntries(entries: readonly EntryLike[]): Map<string, Card> {
  return pageCards(
    entries
      .filter(isEntity)
      .map((e) => ({ collection: e.collection, id: e.id, title: e.data.title, history: 'history' in e.data ? e.data.history : undefined })),
  );
}
