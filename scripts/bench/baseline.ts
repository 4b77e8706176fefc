/**
 * The benchmarks' stored baseline (scripts/bench/baseline.json) and how a new measurement
 * is compared with it. `npm run bench` and `npm run bench:search` write what they measured
 * to tests/.output/ as JSON, compare it with the baseline, and exit 1 when a number is
 * worse than its baseline by more than its tolerance; `--update-baseline` stores the new
 * numbers instead, after a deliberate change. Times get a wide tolerance because other
 * load on the machine slows them; sizes a narrow one, since they only change with the code.
 * Never run by `npm test`: timings there would fail whenever the machine is busy.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * What one build of the scale benchmark measured; the fields compared with the baseline.
 * Time is compared as CPU time, which other load on the machine disturbs far less than the
 * wall-clock time (a 2-core machine shared with other work doubled the one, not the other).
 */
export interface BuildRecord {
  pages: number;
  /** User + system seconds of the whole build; missing where /usr/bin/time is not installed. */
  cpuSeconds?: number;
  peakProcessMb: number;
  indexBytes: number;
  firstSearchBytes: number;
  namesBytes: number;
}

/** What the search benchmark measured: median keystroke-to-first-result times. */
export interface SearchRecord {
  medianColdMs: number;
  medianWarmMs: number;
}

/** The stored baseline: builds by number of entity pages, and search. */
export interface Baseline {
  measured: string;
  build: Record<string, BuildRecord>;
  search: SearchRecord;
}

/** How much worse than the baseline a number may be: at most baseline × tolerance. */
export const TOLERANCE: Record<keyof BuildRecord | keyof SearchRecord, number> = {
  pages: 1,
  cpuSeconds: 1.5,
  peakProcessMb: 1.5,
  indexBytes: 1.15,
  firstSearchBytes: 1.15,
  namesBytes: 1.15,
  medianColdMs: 2,
  medianWarmMs: 2,
};

export const BASELINE_FILE = new URL('./baseline.json', import.meta.url);

/** The stored baseline. */
export function readBaseline(): Baseline {
  return JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as Baseline;
}

/** Stores a new baseline. */
export function writeBaseline(baseline: Baseline): void {
  writeFileSync(BASELINE_FILE, `${JSON.stringify(baseline, null, 2)}\n`);
}

/**
 * Each number of `measured` that is worse than its baseline by more than its tolerance,
 * as one sentence; the page count must be exact. Empty when all is within the baseline.
 */
export function regressions<R extends BuildRecord | SearchRecord>(what: string, measured: R, baseline: R): string[] {
  const out: string[] = [];
  for (const [key, base] of Object.entries(baseline) as Array<[keyof R & keyof typeof TOLERANCE, number]>) {
    const value = measured[key] as number | undefined;
    if (value === undefined || base === undefined) continue;
    const tolerance = TOLERANCE[key];
    if (key === 'pages' ? value !== base : value > base * tolerance) {
      out.push(
        `${what}: ${String(key)} is ${value}, against ${base} in the baseline (allowed: ${key === 'pages' ? 'exactly that' : `up to ${(base * tolerance).toFixed(1)}`}).`,
      );
    }
  }
  return out;
}

/**
 * Compares the builds measured, by number of pages, with the baseline and prints the
 * verdict, or with `update` stores them as the new baseline. False when one is worse.
 */
export function checkBuilds(records: Record<string, BuildRecord>, update: boolean, machine: string): boolean {
  const baseline = readBaseline();
  if (update) {
    writeBaseline({ ...baseline, measured: `${new Date().toISOString().slice(0, 10)}, ${machine}`, build: { ...baseline.build, ...records } });
    console.log(`\nBaseline updated for ${Object.keys(records).join(', ')} pages (scripts/bench/baseline.json).`);
    return true;
  }
  const compared = Object.entries(records).filter(([n]) => baseline.build[n]);
  const worse = compared.flatMap(([n, record]) => regressions(`${n} pages`, record, baseline.build[n]!));
  if (!compared.length) console.log(`\nNo baseline for these sizes (scripts/bench/baseline.json has ${Object.keys(baseline.build).join(' and ')}).`);
  else if (!worse.length) console.log(`\nWithin the baseline for ${compared.map(([n]) => n).join(' and ')} pages (numbers in tests/.output/bench.json).`);
  else
    console.error(
      `\nWorse than the baseline (scripts/bench/baseline.json):\n${worse.map((w) => `  ${w}`).join('\n')}\nIf the change is deliberate, run again with --update-baseline.`,
    );
  return !worse.length;
}
