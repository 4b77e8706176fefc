/**
 * What the link and citation previews show (src/components/Previews.astro): a card per
 * entity page, keyed by the link a wikilink writes, and a card per source, keyed by the
 * fragment a citation mark links to (`#source-<id>`). Written at build time to
 * /previews/pages.json and /previews/sources.json as each card's HTML, so the browser only
 * places it, and fetched on the first hover or focus.
 *
 *   pagePreview(claim)    // { kicker: 'Disputed claim', title: 'Iran supplied…', line: 'From late August…', status: 'confirmed' }
 *   sourcePreview(source) // { kicker: 'Reuters, 18 October 2022', title: 'Kremlin denies…', line: 'News agency' }
 *   cardHtml(pagePreview(claim))
 *   // '<span class="preview" hidden aria-hidden="true"><span>Disputed claim</span> <span class="badge badge-confirmed tone-ok">Confirmed</span>
 *   //  <b>Iran supplied…</b><span>From late August…</span></span>'
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { latestStatus, statusBadge } from './claims.ts';
import { formatDate } from './dates.ts';
import { titleOf, type EntryLike } from './entries.ts';
import { entryUrl } from './urls.ts';
import { sentenceAt } from './wikilinks.ts';
import { ENTITY_TYPE_LABELS, SOURCE_KINDS, type ClaimStatus, type EntityCollection } from './vocabulary.ts';

/** One card, in the order it shows them. */
export interface Preview {
  /** A page's type; a source's outlet and date. */
  kicker: string;
  title: string;
  /** A page's summary, its first sentence; a source's kind, so state-affiliated media are labelled here too. */
  line: string;
  /** A claim's latest status, shown as its badge. */
  status?: ClaimStatus;
}

/** The card of an actor, weapon or claim page. */
export function pagePreview(entry: EntryLike<EntityCollection>): Preview {
  const card = { kicker: ENTITY_TYPE_LABELS[entry.collection], title: titleOf(entry), line: sentenceAt(entry.data.summary, 0) };
  const latest = entry.collection === 'claims' ? latestStatus(entry.data.history ?? []) : undefined;
  return latest ? { ...card, status: latest.status } : card;
}

/**
 * The card of a source: the outlet credited with the report (its `publisher`, never the
 * site a copy was read on, as in the source list), its date, its title and its kind.
 */
export function sourcePreview(source: EntryLike<'sources'>): Preview {
  const { publisher, date, title, kind } = source.data;
  return { kicker: `${publisher}, ${formatDate(date)}`, title, line: SOURCE_KINDS[kind] };
}

/**
 * The card's HTML, its text escaped: kicker and status badge on one line, then title and line
 * (styled by src/styles/previews.css). `hidden` until that stylesheet, loaded with the first
 * card, shows it; `aria-hidden`, as it repeats what the link leads to (Previews.astro says why).
 */
export function cardHtml({ kicker, title, line, status }: Preview): string {
  const badge = status && statusBadge(status);
  const parts = [
    h('span', kicker),
    ...(badge ? [{ type: 'text' as const, value: ' ' }, h('span', { className: badge.className }, badge.label)] : []),
    h('b', title),
    h('span', line),
  ];
  return toHtml(h('span', { className: 'preview', hidden: true, ariaHidden: 'true' }, parts));
}

/** Every entity page's card, by the link to the page (with the base path, as wikilinks write it). */
export function pagePreviews(entries: readonly EntryLike<EntityCollection>[], base?: string): Record<string, string> {
  return Object.fromEntries(entries.map((e) => [entryUrl(e.collection, e.id, base), cardHtml(pagePreview(e))]));
}

/** Every source's card, by the fragment a citation mark links to ("#source-<id>"). */
export function sourcePreviews(sources: readonly EntryLike<'sources'>[]): Record<string, string> {
  return Object.fromEntries(sources.map((s) => [`#source-${s.id}`, cardHtml(sourcePreview(s))]));
}
