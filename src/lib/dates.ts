/**
 * Dates as readers see them. Content dates are calendar days with no time zone, so
 * they are always formatted in UTC: "8 November 2022" everywhere, whatever the
 * build machine's zone.
 */
import type { DatePrecision } from './vocabulary.ts';

const formats: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

// Made once: a page formats hundreds of dates, and a new formatter each time showed up
// at 4% of a large build's CPU.
const formatters = Object.fromEntries(Object.entries(formats).map(([p, options]) => [p, new Intl.DateTimeFormat('en-GB', options)])) as Record<
  DatePrecision,
  Intl.DateTimeFormat
>;

/** "8 November 2022" (day), "November 2022" (month) or "2022" (year). */
export function formatDate(date: Date, precision: DatePrecision = 'day'): string {
  return formatters[precision].format(date);
}

/** The machine-readable form for `<time datetime>`: "2022-11-08", "2022-11" or "2022". */
export function isoDate(date: Date, precision: DatePrecision = 'day'): string {
  const iso = date.toISOString();
  return precision === 'day' ? iso.slice(0, 10) : precision === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
}
