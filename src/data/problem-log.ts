/**
 * The problems a build rejects, kept as data for `npm run check`: Astro prints a failed
 * build's error as text, and the check must not parse printed text back to annotate a
 * pull request. Each problem is one JSON line in `<cacheDir>/build-problems.jsonl`;
 * `scripts/build.ts` empties the file before a build starts.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentProblem } from '../lib/content-error.ts';
import { settings } from '../lib/settings.ts';

/** Where the problems of the last build are written. */
export function problemLogPath(cacheDir = settings().cacheDir): string {
  return join(cacheDir, 'build-problems.jsonl');
}

/** Forgets the problems of an earlier build. */
export function clearProblemLog(path = problemLogPath()): void {
  rmSync(path, { force: true });
}

/** Adds problems to the log. */
export function recordProblems(problems: readonly ContentProblem[], path = problemLogPath()): void {
  if (!problems.length) return;
  mkdirSync(dirname(path), { recursive: true });
  appendFileSync(path, problems.map((p) => `${JSON.stringify(p)}\n`).join(''));
}

/** The problems the last build recorded, each once, in the order found. */
export function readProblemLog(path = problemLogPath()): ContentProblem[] {
  if (!existsSync(path)) return [];
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  return [...new Set(lines)].map((l) => JSON.parse(l) as ContentProblem);
}
