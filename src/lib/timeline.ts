/** Grouping events by month for the timeline. */
import { formatDate } from './dates.ts';

/** A month of the timeline: its heading, its anchor id, and its events in date order. */
export interface MonthGroup<T> {
  id: string;
  label: string;
  events: T[];
}

/** Groups events (already sorted by date) by calendar month, in UTC: "2022-11" → "November 2022". */
export function groupByMonth<T extends { data: { date: Date } }>(events: readonly T[]): MonthGroup<T>[] {
  const groups = new Map<string, MonthGroup<T>>();
  for (const e of events) {
    const id = e.data.date.toISOString().slice(0, 7);
    let group = groups.get(id);
    if (!group) {
      group = { id: `m-${id}`, label: formatDate(e.data.date, 'month'), events: [] };
      groups.set(id, group);
    }
    group.events.push(e);
  }
  return [...groups.values()];
}
