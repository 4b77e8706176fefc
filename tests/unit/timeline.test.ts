import { describe, expect, it } from 'vitest';
import { groupByMonth } from '../../src/lib/timeline.ts';

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
