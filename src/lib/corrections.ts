/**
 * The site's corrections log: the dated notes (`corrections` in every collection's
 * schema) that record each change of fact, gathered from all entries for /corrections/
 * and linked to the page and section they are about.
 */
import GithubSlugger from 'github-slugger';
import { STATUS_HISTORY_SECTION } from './claims.ts';
import { titleOf, type Collection, type EntryData, type EntryLike } from './entries.ts';
import { entryUrl } from './urls.ts';

/** One note as content files write it, with its sources as references. */
export type CorrectionNote = EntryData['actors']['corrections'][number];

/** A note in the site-wide log: the note, the entry it belongs to and where to read it. */
export interface LoggedCorrection {
  note: CorrectionNote;
  /** The title of the page or entry the note is about. */
  title: string;
  collection: Collection;
  id: string;
  /** The link to the entry's page (for timeline, source and glossary entries, their anchor). */
  page: string;
  /** The link to the changed section, or to the page's corrections list when no section is named. */
  target: string;
}

/** The id of the corrections list at the end of an entity page. */
export const CORRECTIONS_ID = 'corrections';

/**
 * The sections of an actor, weapon or claim page that a note may name, id → heading: the
 * headings of its MDX body, with the ids Astro gives them (github-slugger over the heading's
 * text), and on claim pages the status history.
 *
 *   pageSections('claims', '## The claim\n\n## Status now') → the-claim, status-now, history-heading
 */
export function pageSections(collection: Collection, body: string): Map<string, string> {
  const slugger = new GithubSlugger();
  const sections = new Map<string, string>();
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{2,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    // The text a reader sees: link text without the link, no emphasis marks.
    const text = heading[1]!
      .replace(/\[\[[^\]|]+\|([^\]]+)\]\]/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '');
    sections.set(slugger.slug(text), text);
  }
  if (collection === 'claims') sections.set(STATUS_HISTORY_SECTION.id, STATUS_HISTORY_SECTION.heading);
  return sections;
}

/** An entry's notes, or none when it has no `corrections` field. */
export function correctionsOf(entry: EntryLike): CorrectionNote[] {
  return (entry.data as { corrections?: CorrectionNote[] }).corrections ?? [];
}

/**
 * Where a note sends the reader. Actor, weapon and claim pages have sections, so the
 * note's section (else the corrections list) is the fragment; the other collections
 * live as entries on a list page, whose anchor is the place.
 *
 *   noteTarget('claims', 'x', 'status-now', '/')  === '/claims/x/#status-now'
 *   noteTarget('claims', 'x', undefined, '/')     === '/claims/x/#corrections'
 *   noteTarget('events', 'e', 'anything', '/')    === '/timeline/#e'
 */
export function noteTarget(collection: Collection, id: string, section: string | undefined, base?: string): string {
  const page = entryUrl(collection, id, base);
  if (page.includes('#')) return page;
  return `${page}#${section ?? CORRECTIONS_ID}`;
}

/**
 * Every note of every entry, newest first; notes of one day keep the order of the
 * entries given and, within an entry, the order written.
 */
export function correctionLog(entries: readonly EntryLike[], base?: string): LoggedCorrection[] {
  const all = entries.flatMap((entry) =>
    correctionsOf(entry).map((note) => {
      const collection = entry.collection as Collection;
      return {
        note,
        title: titleOf(entry),
        collection,
        id: entry.id,
        page: entryUrl(collection, entry.id, base),
        target: noteTarget(collection, entry.id, note.section, base),
      };
    }),
  );
  // Array.prototype.sort is stable, so equal dates keep their order.
  return all.sort((a, b) => b.note.date.getTime() - a.note.date.getTime());
}

/** A link to one of a note's sources. */
export interface NoteSource {
  href: string;
  text: string;
  /** Set when the link is a numbered citation of the page's own source list. */
  number?: number;
}

/**
 * A note's sources as links: the page's citation number where the page lists the
 * source, else the source's entry on /sources/, named by `label`.
 */
export function noteSources(ids: readonly string[], numbers: ReadonlyMap<string, number>, label: (id: string) => string, base?: string): NoteSource[] {
  return ids.map((id) => {
    const number = numbers.get(id);
    return number === undefined ? { href: entryUrl('sources', id, base), text: label(id) } : { href: `#source-${id}`, text: `[${number}]`, number };
  });
}
