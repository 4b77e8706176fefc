import { describe, expect, it } from 'vitest';
import { CHART, groupByMonth, timelineChart } from '../../src/lib/timeline.ts';

describe('timeline', () => {
  it('groups events by month in order', () => {
    const ev = (id: string, date: string) => ({ id, data: { date: new Date(date) } });
    const groups = groupByMonth([ev('a', '2022-10-16'), ev('b', '2022-10-18'), ev('c', '2022-11-08')]);
    expect(groups.map((g) => [g.id, g.label, g.events.map((e) => e.id)])).toEqual([
      ['m-2022-10', 'October 2022', ['a', 'b']],
      ['m-2022-11', 'November 2022', ['c']],
    ]);
  });
});

describe('timeline chart', () => {
  const ev = (id: string, date: string, lanes = ['a']) => ({ id, date: new Date(date), title: id, lanes });
  const lanes = [
    { key: 'a', label: 'A', href: '/a/' },
    { key: 'b', label: 'B' },
  ];
  it('puts time to scale from 1 January of the first year, quiet years as wide as busy ones', () => {
    const chart = timelineChart([ev('x', '2022-02-24'), ev('y', '2024-09-10', ['b'])], lanes);
    expect(chart.years.map((y) => y.label)).toEqual(['2022', '2023', '2024', '2025']);
    const [y22, y23, y24, y25] = chart.years.map((y) => y.x);
    expect(y23! - y22!).toBe(y24! - y23!);
    expect(y25! - y24!).toBe(y24! - y23! + 1); // 2024 has a leap day
    expect(chart.marks.map((m) => [m.id, m.lane])).toEqual([
      ['x', 'a'],
      ['y', 'b'],
    ]);
    expect(chart.marks[0]!.x).toBe(Math.round(CHART.labels + 54 * CHART.perDay));
  });
  it('marks an event in every lane it belongs to, and stacks marks that would touch', () => {
    const chart = timelineChart([ev('x', '2022-10-17', ['a', 'b']), ev('y', '2022-10-18'), ev('z', '2023-06-01')], lanes);
    const inA = chart.marks.filter((m) => m.lane === 'a');
    expect(inA.map((m) => m.id)).toEqual(['x', 'y', 'z']);
    expect(inA[0]!.y).not.toBe(inA[1]!.y);
    expect(inA[2]!.y).toBe(inA[0]!.y);
    expect(chart.marks.filter((m) => m.lane === 'b').map((m) => m.id)).toEqual(['x']);
    expect(chart.lanes[0]!.height).toBeGreaterThan(chart.lanes[1]!.height);
  });
});
