/**
 * `npm test`: builds the site twice — at the domain root into dist/, and under a sub-path
 * (BASE_PATH=/explainer/, scripts/build-base-path.ts) — then runs every test: types
 * (astro check), lint (ESLint), unit tests, build tests on fixture content, the dist tests on both
 * builds, and end-to-end tests in Chromium against both; it ends with one line
 * `N passed, N failed` counting them all. Each group prints its time when it ends (the
 * whole run takes about 7 to 8 minutes on 2 cores). Exits non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { BASE_PATH_BUILD } from './build-base-path.ts';

const out = 'tests/.output';
mkdirSync(out, { recursive: true });
// The test build has a stand-in repository, so its "Edit this page" links can be checked;
// published builds take the real one from SITE_REPOSITORY or GitHub Actions.
const env = { SITE_REPOSITORY: 'https://github.com/example-owner/iran-russia-explainer', ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
let passed = 0;
let failed = 0;
// Tests a runner skipped (e.g. the last-updated check in a checkout without git history): said in the last line.
let skipped = 0;
const failures: string[] = [];

const started = performance.now();
const seconds = (since: number) => `${Math.round((performance.now() - since) / 1000)} s`;

/** Runs one group, saying as it goes what runs and, when it ends, how long it took. */
function run(title: string, command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  console.log(`\n━━ ${title} ━━\n$ ${command} ${args.join(' ')}`);
  const start = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  console.log(`━━ ${result.status === 0 ? '✓' : '✗'} ${title}: ${seconds(start)} (${seconds(started)} so far) ━━`);
  return result.status === 0;
}

/** A step that is one check: it counts as one test. */
function step(title: string, command: string, args: string[]): boolean {
  const ok = run(title, command, args);
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(title);
  }
  return ok;
}

/** A test runner whose JSON report says how many tests passed and failed. */
function suite(
  title: string,
  command: string,
  args: string[],
  report: string,
  count: (json: any) => [number, number, number?],
  extraEnv: Record<string, string> = {},
) {
  rmSync(report, { force: true });
  const ok = run(title, command, args, extraEnv);
  if (!existsSync(report)) {
    failed += 1;
    failures.push(`${title} (did not run)`);
    return;
  }
  const [p, f, s = 0] = count(JSON.parse(readFileSync(report, 'utf8')));
  passed += p;
  skipped += s;
  failed += f;
  if (f > 0 || !ok) failures.push(`${title}: ${f} failed`);
  if (!ok && f === 0) failed += 1; // the runner failed outside any test
}

const vitestCount = (r: any): [number, number, number] => [r.numPassedTests, r.numFailedTests, r.numPendingTests + r.numTodoTests];
const built = step('Build the site (dist/)', process.execPath, ['scripts/build.ts']);
const builtUnderBase = step(`Build the site under ${BASE_PATH_BUILD.BASE_PATH} (${BASE_PATH_BUILD.EXPLAINER_OUT_DIR}/)`, process.execPath, [
  'scripts/build-base-path.ts',
]);
step('Type check (astro check)', 'astro', ['check']);
step('Lint (ESLint, no warnings)', 'eslint', ['.', '--max-warnings', '0']);
step('Format (Prettier)', 'prettier', ['--check', '.', '--log-level', 'warn']);
suite(
  'Unit, build and dist tests (Vitest)',
  'vitest',
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/vitest.json`],
  `${out}/vitest.json`,
  vitestCount,
);
if (builtUnderBase) {
  suite(
    `Dist tests on the build under ${BASE_PATH_BUILD.BASE_PATH} (Vitest)`,
    'vitest',
    ['run', '--project', 'dist', '--reporter=default', '--reporter=json', `--outputFile.json=${out}/vitest-base.json`],
    `${out}/vitest-base.json`,
    vitestCount,
    BASE_PATH_BUILD,
  );
}
if (built) {
  let browserProblem = '';
  try {
    const { chromiumPath } = await import('./lib/browser.ts');
    chromiumPath();
  } catch (e) {
    browserProblem = (e as Error).message;
  }
  if (browserProblem) {
    console.error(`\n${browserProblem}`);
    failed += 1;
    failures.push('End-to-end tests (no browser)');
  } else {
    suite(
      'End-to-end tests (Playwright, Chromium)',
      'playwright',
      ['test'],
      `${out}/playwright.json`,
      (r) => [r.stats.expected + r.stats.flaky, r.stats.unexpected, r.stats.skipped],
      { PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json` },
    );
  }
} else {
  failed += 1;
  failures.push('End-to-end tests (skipped: the build failed)');
}

console.log(`\n━━ Summary (${seconds(started)}) ━━`);
for (const f of failures) console.log(`✗ ${f}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
