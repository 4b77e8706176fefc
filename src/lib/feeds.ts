/**
 * The Atom feeds under /feeds/: what changed in the story, one entry per change, dated
 * with the day of the change (not the build), so a reader's feed reader shows each change
 * once. Three kinds:
 *
 * - /feeds/site.xml: new pages, every claim's status changes, every correction;
 * - /feeds/claims/<id>.xml: one claim's status changes and corrections;
 * - /feeds/corrections.xml: every correction on every page.
 *
 * Atom rather than RSS because each entry needs an id of its own, apart from its link
 * (several changes link to the same section); the `feed` library writes the XML.
 *
 *   statusEntries(claim) // [{ id: 'tag:example.org,2026:/claims/x/status/2022-11-09', date: 2022-11-09, link: '/claims/x/#history-heading', … }]
 */
import { Feed } from 'feed';
import { sortedHistory } from './claims.ts';
import { isoDate } from './dates.ts';
import { isEntity, titleOf, type EntryLike, type EntryOf } from './entries.ts';
import { SITE } from './site.ts';
import { settings } from './settings.ts';
import { absoluteUrl, entryPath, entryUrl, href } from './urls.ts';
import { CLAIM_STATUSES } from './vocabulary.ts';

/** One change, as a feed entry. Links are links with the base path (from `href()`). */
export interface FeedEntry {
  /** Stable: made from the entry's key, the kind of change and its day, never from the build. */
  id: string;
  kind: 'page' | 'status' | 'correction';
  title: string;
  summary: string;
  date: Date;
  link: string;
}

/** The id of a heading on a claim page that the status changes link to. */
export const STATUS_HISTORY_SECTION = 'history-heading';
/** The id of the corrections log on a page, for corrections that name no section. */
export const CORRECTIONS_SECTION = 'corrections';

/**
 * A stable entry id: a tag URI (RFC 4151) on the site's host, naming the entry's site
 * path and the change. It stays the same from build to build.
 */
function tagId(path: string, change: string, origin: string): string {
  return `tag:${new URL(origin).hostname},2026:${path}${change}`;
}

/** A link to a section of an entry's page; an entry on a list page keeps its own anchor. */
function sectionLink(entry: EntryLike, section: string | undefined, base?: string): string {
  const url = entryUrl(entry.collection, entry.id, base);
  return section && !url.includes('#') ? `${url}#${section}` : url;
}

/** A claim's status changes, oldest first. */
export function statusEntries(claim: EntryOf<'claims'>, origin = settings().siteUrl, base?: string): FeedEntry[] {
  const seen = new Map<string, number>();
  return sortedHistory(claim.data.history).map((h) => {
    const day = isoDate(h.date);
    // Two changes on one day keep distinct ids: the second is "2022-11-09-2".
    const n = (seen.get(day) ?? 0) + 1;
    seen.set(day, n);
    return {
      id: tagId(entryPath('claims', claim.id), `status/${day}${n > 1 ? `-${n}` : ''}`, origin),
      kind: 'status',
      title: `${claim.data.title}: ${CLAIM_STATUSES[h.status].label}`,
      summary: h.why,
      date: h.date,
      link: sectionLink(claim, STATUS_HISTORY_SECTION, base),
    };
  });
}

/** An entry's corrections, in the order of its log. */
export function correctionEntries(entry: EntryLike, origin = settings().siteUrl, base?: string): FeedEntry[] {
  const corrections = (entry.data as { corrections?: Array<{ date: Date; kind: string; section?: string; text: string }> }).corrections ?? [];
  return corrections.map((c, i) => ({
    id: tagId(entryPath(entry.collection, entry.id), `correction/${i + 1}`, origin),
    kind: 'correction',
    title: `${c.kind[0]!.toUpperCase()}${c.kind.slice(1)}: ${titleOf(entry)}`,
    summary: c.text,
    date: c.date,
    link: sectionLink(entry, c.section ?? CORRECTIONS_SECTION, base),
  }));
}

/** An entity page as a new page, dated when it was first published (`addedOn`); none when that is unknown. */
export function newPageEntry(entry: EntryLike, added: Date | undefined, origin = settings().siteUrl, base?: string): FeedEntry[] {
  if (!added || !isEntity(entry)) return [];
  return [
    {
      id: tagId(entryPath(entry.collection, entry.id), 'new', origin),
      kind: 'page',
      title: `New page: ${titleOf(entry)}`,
      summary: entry.data.summary,
      date: added,
      link: entryUrl(entry.collection, entry.id, base),
    },
  ];
}

/** Newest first; changes of one day in a fixed order, so the feed is the same every build. */
export function newestFirst(entries: FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

/** Every entry of the site feed: new pages, status changes and corrections. */
export function siteEntries(entries: readonly EntryLike[], addedOn: (entry: EntryLike) => Date | undefined, origin?: string, base?: string): FeedEntry[] {
  return newestFirst(
    entries.flatMap((e) => [
      ...newPageEntry(e, addedOn(e), origin, base),
      ...(e.collection === 'claims' ? statusEntries(e, origin, base) : []),
      ...correctionEntries(e, origin, base),
    ]),
  );
}

/** One claim's feed: its status changes and corrections. */
export function claimEntries(claim: EntryOf<'claims'>, origin?: string, base?: string): FeedEntry[] {
  return newestFirst([...statusEntries(claim, origin, base), ...correctionEntries(claim, origin, base)]);
}

/** Every correction of every entry. */
export function allCorrectionEntries(entries: readonly EntryLike[], origin?: string, base?: string): FeedEntry[] {
  return newestFirst(entries.flatMap((e) => correctionEntries(e, origin, base)));
}

/** What a feed is: its site path under /feeds/, its title and what it carries. */
export interface FeedInfo {
  path: string;
  title: string;
  /** A short name for the head's link, which every page carries (the page weight budget counts it). */
  label: string;
  description: string;
}

/** The site-wide feeds, as /follow/ lists them and every page's head links them. */
export const SITE_FEEDS = {
  site: {
    path: '/feeds/site.xml',
    label: 'All changes',
    title: `${SITE.name}: all changes`,
    description: "New pages, every change of a claim's status, and every correction.",
  },
  corrections: {
    path: '/feeds/corrections.xml',
    label: 'Corrections',
    title: `${SITE.name}: corrections`,
    description: 'Every correction, clarification and update made to a page, with what changed.',
  },
} as const satisfies Record<string, FeedInfo>;

/** The feed of one claim. */
export function claimFeed(claim: EntryLike<'claims'>): FeedInfo {
  return {
    path: `/feeds/claims/${claim.id}.xml`,
    label: 'This claim',
    title: `${claim.data.title}: status changes and corrections`,
    description: `Each change of the status of the claim "${claim.data.title}", and each correction to its page.`,
  };
}

/**
 * A feed as Atom XML. Addresses are absolute (SITE_URL and the base path); the feed's
 * `updated` is its newest entry's date, so an unchanged story gives an unchanged file.
 */
export function atomFeed(info: FeedInfo, entries: FeedEntry[], origin = settings().siteUrl, base = settings().basePath): string {
  const self = absoluteUrl(href(info.path, base), origin);
  const home = absoluteUrl(href('/', base), origin);
  const feed = new Feed({
    id: self,
    title: info.title,
    description: info.description,
    link: home,
    feedLinks: { atom: self },
    updated: entries[0]?.date ?? new Date(0),
    generator: false,
    language: 'en',
    author: { name: SITE.name, link: home },
  });
  // The library marks titles and summaries as HTML; ours are plain text, so "<" and "&" are escaped.
  const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  for (const e of entries) {
    feed.addItem({ id: e.id, title: text(e.title), description: text(e.summary), date: e.date, link: absoluteUrl(e.link, origin) });
  }
  return feed.atom1();
}
