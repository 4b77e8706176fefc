/**
 * Review dates for editors (`npm run stale`, or `npm run check -- --stale`): the dates in
 * content that say when a fact was last confirmed, and which of them are older than a
 * threshold, with the file and line to change and what to do.
 *
 * - a claim's `checked`: the day its latest status was checked against the sources;
 * - an actor's `roles[].asOf`: the day a source last confirmed a role;
 * - a source's `accessed`: the day a contributor checked that it says what it is cited for.
 *
 *   staleDates([{ path: 'content/sources/a.yaml', text: 'accessed: 2020-01-01\n' }], new Date('2026-12-01'), 180)
 *   // [{ file: 'content/sources/a.yaml', line: 1, field: 'accessed', date: '2020-01-01', days: 2526, fix: 'Open the source…' }]
 */
import { parse } from 'yaml';
import type { ContentFile } from './content-check.ts';
import { locateField } from './field-lines.ts';
import { valueAt } from './field-path.ts';
import { yamlOf } from './frontmatter.ts';

/** The threshold when none is given: half a year. */
export const DEFAULT_STALE_DAYS = 180;

/** A review date older than the threshold. */
export interface StaleDate {
  file: string;
  line: number;
  /** The field path, e.g. `roles[1].asOf`. */
  field: string;
  /** The date as written, YYYY-MM-DD. */
  date: string;
  /** How many days old it is. */
  days: number;
  /** What an editor should do. */
  fix: string;
}

/** What each collection's review dates are, and what to do when one is old. */
const REVIEW_FIELDS: Record<string, { fields: (data: Record<string, unknown>) => string[]; fix: string }> = {
  claims: {
    fields: () => ['checked'],
    fix: 'Check the latest status against the sources (and newer reporting); add a history entry if it changed, then set checked to today.',
  },
  actors: {
    fields: (data) => (Array.isArray(data.roles) ? data.roles.flatMap((r, i) => (r && typeof r === 'object' && 'asOf' in r ? [`roles[${i}].asOf`] : [])) : []),
    fix: 'Confirm the role is still held (or add its "to" date) from a current source, then set asOf to today.',
  },
  sources: {
    fields: () => ['accessed'],
    fix: 'Open the source (or its copyUrl), confirm it still says what the site cites it for, then set accessed to today.',
  },
};

const DAY = 24 * 60 * 60 * 1000;

/** A YAML date value (unquoted, or quoted as "2022-11-08") as a day, or undefined. */
function dayOf(value: unknown): Date | undefined {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const d = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * Every review date in `files` older than `days` days on `today`, in file order; files
 * that do not parse are left to the content check.
 */
export function staleDates(files: readonly ContentFile[], today: Date, days = DEFAULT_STALE_DAYS): StaleDate[] {
  const found: StaleDate[] = [];
  for (const { path, text } of files) {
    const collection = path.split('/').at(-2) ?? '';
    const rule = REVIEW_FIELDS[collection];
    const yaml = yamlOf(text);
    if (!rule || !yaml) continue;
    let data: unknown;
    try {
      data = parse(yaml.yaml);
    } catch {
      continue;
    }
    if (!data || typeof data !== 'object') continue;
    for (const field of rule.fields(data as Record<string, unknown>)) {
      const day = dayOf(valueAt(data, field));
      if (!day) continue;
      const age = Math.floor((today.getTime() - day.getTime()) / DAY);
      if (age <= days) continue;
      found.push({ file: path, line: locateField(text, field) ?? 1, field, date: day.toISOString().slice(0, 10), days: age, fix: rule.fix });
    }
  }
  return found;
}

/** One line of the report: `file:line  field date (N days old): what to do`. */
export function formatStale(s: StaleDate): string {
  return `${s.file}:${s.line}  ${s.field} ${s.date} (${s.days} days old): ${s.fix}`;
}

/**
 * The threshold in days from the command's arguments: `--stale=180d`, `--stale=90`,
 * `--days=365`; the default when none is given.
 */
export function staleThreshold(args: readonly string[]): number {
  for (const a of args) {
    const m = /^--(?:stale|days)=(\d+)d?$/.exec(a);
    if (m) return Number(m[1]);
    if (/^--(?:stale|days)=/.test(a)) throw new Error(`${a}: write the threshold in days, e.g. --stale=180d or --days=365.`);
  }
  return DEFAULT_STALE_DAYS;
}
