import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('formats in UTC at each precision', () => {
    const d = new Date('2022-11-08T00:00:00Z');
    expect(formatDate(d)).toBe('8 November 2022');
    expect(formatDate(d, 'month')).toBe('November 2022');
    expect(isoDate(d)).toBe('2022-11-08');
    expect(isoDate(d, 'month')).toBe('2022-11');
    expect(isoDate(d, 'year')).toBe('2022');
  });
});
