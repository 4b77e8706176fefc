/**
 * Reading a claim's status from its history, so the status when the article was
 * published and the latest status are derived, never written twice.
 */
import { ARTICLE_DATE, type ClaimStatus } from './vocabulary.ts';

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
