/** How the benchmarks compare a measurement with the stored baseline (scripts/bench/baseline.ts); no timing here. */
import { describe, expect, it } from 'vitest';
import { readBaseline, regressions, TOLERANCE, type BuildRecord } from '../../scripts/bench/baseline.ts';

const base: BuildRecord = { pages: 1010, cpuSeconds: 39, peakProcessMb: 1700, indexBytes: 4_500_000, firstSearchBytes: 152_000, namesBytes: 310_000 };

describe('benchmark baseline', () => {
  it('accepts numbers within their tolerance, and better ones', () => {
    expect(regressions('1000', { ...base, cpuSeconds: 39 * TOLERANCE.cpuSeconds, indexBytes: 4_000_000 }, base)).toEqual([]);
  });

  it('names each number worse than its tolerance, and a changed page count', () => {
    expect(regressions('1000', { ...base, cpuSeconds: 80, pages: 1009 }, base)).toEqual([
      '1000: pages is 1009, against 1010 in the baseline (allowed: exactly that).',
      '1000: cpuSeconds is 80, against 39 in the baseline (allowed: up to 58.5).',
    ]);
  });

  it('skips a number the machine could not measure', () => {
    const { cpuSeconds: _, ...noCpu } = base;
    expect(regressions('1000', noCpu, base)).toEqual([]);
  });

  it('stores a baseline for both benchmark sizes and for search', () => {
    const stored = readBaseline();
    expect(Object.keys(stored.build)).toEqual(['1000', '5000']);
    expect(stored.search.medianColdMs).toBeGreaterThan(0);
  });
});
