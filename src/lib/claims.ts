/**
 * Reading a claim's status from its history, so the status when the article was
 * published and the latest status are derived, never written twice.
 */
import { ARTICLE_DATE, CLAIM_STATUSES, type ClaimStatus } from './vocabulary.ts';

/** The heading of a claim page's status history: its id (a correction may name it as its section) and text. */
export const STATUS_HISTORY_SECTION = { id: 'history-heading', heading: 'Status history' } as const;

/** One change of a claim's status. */
export interface StatusChange {
  date: Date;
  status: ClaimStatus;
  why: string;
}

/** The history sorted oldest first. */
export function sortedHistory<T extends StatusChange>(history: readonly T[]): T[] {
  return [...history].sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** The status in force on a day: the last change on or before it, or undefined if none. */
export function statusOn<T extends StatusChange>(history: readonly T[], day: Date): T | undefined {
  return sortedHistory(history)
    .filter((c) => c.date.getTime() <= day.getTime())
    .at(-1);
}

/** The status when the source article was published (9 November 2022). */
export function statusAtArticle<T extends StatusChange>(history: readonly T[]): T | undefined {
  return statusOn(history, ARTICLE_DATE);
}

/** The latest status: the most recent change. */
export function latestStatus<T extends StatusChange>(history: readonly T[]): T | undefined {
  return sortedHistory(history).at(-1);
}

/** How a badge shows a status (StatusBadge.astro, link previews): its label, its meaning, and its classes (global.css `.badge`, `.tone-*`). */
export function statusBadge(status: ClaimStatus): { label: string; meaning: string; className: string } {
  const { label, meaning, tone } = CLAIM_STATUSES[status];
  return { label, meaning, className: `badge badge-${status} tone-${tone}` };
}

/** The id of a claim page's statements section, which its fact box links to. */
export const STATEMENTS_ID = 'statements';

/**
 * How many statements asserted and denied a claim, for its fact box, which shows the
 * count and links to the statements after the prose; undefined when there are none.
 *
 *   statementCount(9, 5) === '9 assertions, 5 denials'
 *   statementCount(1, 0) === '1 assertion'
 */
export function statementCount(asserted: number, denied: number): string | undefined {
  const part = (n: number, word: string) => (n ? `${n} ${word}${n === 1 ? '' : 's'}` : '');
  return [part(asserted, 'assertion'), part(denied, 'denial')].filter(Boolean).join(', ') || undefined;
}

/** A stretch of a claim's status strip, as fractions of the strip's width. */
export interface StripSegment {
  status: ClaimStatus;
  from: Date;
  start: number;
  width: number;
}

/**
 * A claim's status over time, for its status strip: one segment per change from the first
 * change to `end` (the day last checked), and where the article's date falls (0 to 1, or
 * undefined if outside the strip).
 */
export function statusStrip(history: readonly StatusChange[], end: Date): { segments: StripSegment[]; article?: number } {
  const sorted = sortedHistory(history);
  const t0 = sorted[0]?.date.getTime() ?? end.getTime();
  const span = Math.max(end.getTime(), sorted.at(-1)?.date.getTime() ?? 0) - t0 || 1;
  const at = (d: Date) => (d.getTime() - t0) / span;
  const segments = sorted.map((c, i) => ({
    status: c.status,
    from: c.date,
    start: at(c.date),
    width: (sorted[i + 1] ? at(sorted[i + 1]!.date) : 1) - at(c.date),
  }));
  const article = at(ARTICLE_DATE);
  return { segments, article: article >= 0 && article <= 1 ? article : undefined };
}
