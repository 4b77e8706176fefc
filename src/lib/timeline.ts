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

/** A lane of the timeline chart: a claim, or the events about no claim. */
export interface Lane {
  key: string;
  label: string;
  href?: string;
}

/** An event to mark: its id (the list entry's anchor), date, title and the lanes it belongs to. */
export interface ChartEvent {
  id: string;
  date: Date;
  title: string;
  lanes: string[];
}

/** The timeline chart, placed: year ticks on a to-scale axis, lanes, and one mark per event per lane. */
export interface TimelineChart {
  width: number;
  height: number;
  /** Where the axis starts, after the lane labels. */
  axisX: number;
  axisY: number;
  years: Array<{ x: number; label: string }>;
  lanes: Array<Lane & { y: number; height: number }>;
  marks: Array<{ id: string; x: number; y: number; lane: string; date: Date; title: string }>;
}

const DAY = 86_400_000;
/** Sizes of the chart in px: per day of the axis, the lane labels' column, a mark's row. */
export const CHART = { perDay: 0.6, labels: 220, row: 10, lanePadding: 8, axis: 24 } as const;

/**
 * Lays out the timeline chart: time runs left to right to scale, from 1 January of the
 * first event's year to 1 January after the last, so quiet years take their true width.
 * Each lane stacks marks that would touch into rows above each other, so none hides another.
 */
export function timelineChart(events: readonly ChartEvent[], lanes: readonly Lane[]): TimelineChart {
  const sorted = [...events].sort((a, b) => a.date.getTime() - b.date.getTime());
  const first = sorted[0]?.date.getUTCFullYear() ?? 2022;
  const last = sorted.at(-1)?.date.getUTCFullYear() ?? first;
  const start = Date.UTC(first, 0, 1);
  const xOf = (t: number) => Math.round(CHART.labels + ((t - start) / DAY) * CHART.perDay);
  const years = Array.from({ length: last - first + 2 }, (_, i) => ({ x: xOf(Date.UTC(first + i, 0, 1)), label: String(first + i) }));
  const placedLanes: TimelineChart['lanes'] = [];
  const marks: TimelineChart['marks'] = [];
  let y = 0;
  for (const lane of lanes) {
    const rowsEnd: number[] = [];
    const inLane = sorted
      .filter((e) => e.lanes.includes(lane.key))
      .map((e) => {
        const x = xOf(e.date.getTime());
        let row = rowsEnd.findIndex((end) => x - end >= CHART.row);
        if (row < 0) row = rowsEnd.push(x) - 1;
        rowsEnd[row] = x;
        return { e, x, row };
      });
    const height = Math.max(rowsEnd.length, 1) * CHART.row + 2 * CHART.lanePadding;
    for (const { e, x, row } of inLane)
      marks.push({ id: e.id, x, y: y + height - CHART.lanePadding - row * CHART.row - CHART.row / 2, lane: lane.key, date: e.date, title: e.title });
    placedLanes.push({ ...lane, y, height });
    y += height;
  }
  return { width: years.at(-1)!.x + 8, height: y + CHART.axis, axisX: CHART.labels, axisY: y, years, lanes: placedLanes, marks };
}
