import { describe, expect, it } from 'vitest';
import { latestStatus, sortedHistory, statementCount, statusAtArticle, statusOn, statusStrip } from '../../src/lib/claims.ts';

const change = (date: string, status: 'unverified' | 'confirmed') => ({ date: new Date(date), status, why: '', sources: [] });

describe('claim status', () => {
  const history = [change('2024-09-10', 'confirmed'), change('2022-10-16', 'unverified')];
  it('sorts history oldest first', () => {
    expect(sortedHistory(history).map((h) => h.status)).toEqual(['unverified', 'confirmed']);
  });
  it('reads the status on the article date and the latest status', () => {
    expect(statusAtArticle(history)?.status).toBe('unverified');
    expect(latestStatus(history)?.status).toBe('confirmed');
    expect(statusOn(history, new Date('2022-01-01'))).toBeUndefined();
  });
});

describe('statement counts', () => {
  it('counts the statements for and against a claim for its fact box', () => {
    expect(statementCount(9, 5)).toBe('9 assertions, 5 denials');
    expect(statementCount(1, 0)).toBe('1 assertion');
    expect(statementCount(0, 1)).toBe('1 denial');
    expect(statementCount(0, 0)).toBeUndefined();
  });
});

describe('status strip', () => {
  it('has one segment per change, in date order, filling the strip to the day checked, with the article marked', () => {
    const { segments, article } = statusStrip([change('2024-10-16', 'confirmed'), change('2022-10-16', 'unverified')], new Date('2026-10-16'));
    expect(segments.map((s) => s.status)).toEqual(['unverified', 'confirmed']);
    expect(segments[0]!.start).toBe(0);
    expect(segments[1]!.start).toBeCloseTo(0.5, 2);
    expect(segments[0]!.width + segments[1]!.width).toBeCloseTo(1, 5);
    expect(article).toBeCloseTo(24 / (365 * 4 + 1), 3);
  });
  it('leaves the article unmarked when the history starts after it', () => {
    expect(statusStrip([change('2023-01-01', 'unverified')], new Date('2024-01-01')).article).toBeUndefined();
  });
});
