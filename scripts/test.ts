/**
 * `npm test`: builds the site twice — at the domain root into dist/, and under a sub-path
 * (BASE_PATH=/explainer/, scripts/build-base-path.ts) — then runs every test: types
 * (astro check), lint (ESLint), format (Prettier), unit tests, build tests on fixture
 * content, the dist tests on both builds, and end-to-end tests in Chromium against both; it
 * ends with one line `N passed, N failed[, N skipped]` counting them all. Exits non-zero if
 * anything failed.
 *
 * Two lanes run side by side, one for each of the machine's two cores (each group's output
 * is printed whole when it ends, with its time):
 *
 * - what uses Astro's .astro/ folder, one at a time as before: the two builds, astro check,
 *   the unit tests (which need nothing else), then the build tests on fixture content;
 * - what needs no build or only reads one: ESLint and Prettier while the builds run, then
 *   the dist tests on each build as it is done, then the end-to-end tests, which need both
 *   and are the longest group, so they start as early as they can.
 *
 * The root build is a clean one (its own new content cache), and its output is kept in
 * tests/.output/build.log: the build test that a clean build prints no warning reads it
 * instead of building the site a third time. The sub-path build skips the content check
 * the root build has just run on the same content.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { BASE_PATH_BUILD } from './build-base-path.ts';

const out = 'tests/.output';
mkdirSync(out, { recursive: true });
// The test build has a stand-in repository, so its "Edit this page" links can be checked;
// published builds take the real one from SITE_REPOSITORY or GitHub Actions.
// Node keeps the code it has compiled on disk, so the hundred processes the tests start
// (each fixture build is one) compile the same modules once.
const env = {
  SITE_REPOSITORY: 'https://github.com/example-owner/iran-russia-explainer',
  NODE_COMPILE_CACHE: 'node_modules/.cache/node-compile',
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
};
const BUILD_LOG = `${out}/build.log`;
let passed = 0;
let failed = 0;
// Tests a runner skipped (e.g. the last-updated check in a checkout without git history): said in the last line.
let skipped = 0;
const failures: string[] = [];

const started = performance.now();
const seconds = (since: number) => `${Math.round((performance.now() - since) / 1000)} s`;
const times: Array<[string, string]> = [];

/**
 * Runs one group with its output collected, and prints it whole when it ends (the other
 * lane's output would interleave with it), with how long it took. Resolves to its output
 * and whether it succeeded.
 */
function run(title: string, command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<{ ok: boolean; output: string }> {
  console.log(`━━ started: ${title} (${seconds(started)} so far) ━━`);
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, ...extraEnv } });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => chunks.push(c));
    const finish = (ok: boolean, error = '') => {
      const output = Buffer.concat(chunks).toString('utf8') + error;
      console.log(`\n━━ ${title} ━━\n$ ${command} ${args.join(' ')}\n${output.trimEnd()}`);
      console.log(`━━ ${ok ? '✓' : '✗'} ${title}: ${seconds(start)} (${seconds(started)} so far) ━━`);
      times.push([title, seconds(start)]);
      resolve({ ok, output });
    };
    child.on('error', (e) => finish(false, `\n${e.message}`));
    child.on('close', (status) => finish(status === 0));
  });
}

/** A step that is one check: it counts as one test. */
async function step(title: string, command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<boolean> {
  const { ok } = await run(title, command, args, extraEnv);
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(title);
  }
  return ok;
}

/** A test runner whose JSON report says how many tests passed and failed. */
async function suite(
  title: string,
  command: string,
  args: string[],
  report: string,
  count: (json: any) => [number, number, number?],
  extraEnv: Record<string, string> = {},
) {
  rmSync(report, { force: true });
  const { ok } = await run(title, command, args, extraEnv);
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
const vitest = (title: string, report: string, projects: string[], extraEnv: Record<string, string> = {}) =>
  suite(
    title,
    'vitest',
    ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${out}/${report}`],
    `${out}/${report}`,
    vitestCount,
    extraEnv,
  );

/** Whether Chromium is there for the end-to-end tests (the reason if not). */
async function browserProblem(): Promise<string> {
  try {
    const { chromiumPath } = await import('./lib/browser.ts');
    chromiumPath();
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

/** A promise and the function that settles it, for one lane to wait for the other. */
function signal<T>(): { promise: Promise<T>; settle: (value: T) => void } {
  let settle: (value: T) => void = () => {};
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, settle };
}
const rootBuilt = signal<boolean>();
const baseBuilt = signal<boolean>();

/** What uses Astro's .astro/ folder, one at a time: the builds, types, the unit tests and the build tests. */
async function astroLane(): Promise<void> {
  // A clean build: its own content cache, new each run, as on a fresh clone.
  rmSync(`${out}/cache-root`, { recursive: true, force: true });
  const root = await run('Build the site (dist/)', process.execPath, ['scripts/build.ts'], { EXPLAINER_CACHE_DIR: `${out}/cache-root` });
  if (root.ok) {
    passed += 1;
    writeFileSync(BUILD_LOG, stripVTControlCharacters(root.output));
  } else {
    failed += 1;
    failures.push('Build the site (dist/)');
    rmSync(BUILD_LOG, { force: true });
  }
  rootBuilt.settle(root.ok);
  // The same content the root build has just checked: the check is not run again.
  const underBase = `Build the site under ${BASE_PATH_BUILD.BASE_PATH} (${BASE_PATH_BUILD.EXPLAINER_OUT_DIR}/)`;
  baseBuilt.settle(await step(underBase, process.execPath, ['scripts/build-base-path.ts'], root.ok ? { EXPLAINER_CONTENT_CHECKED: '1' } : {}));
  await step('Type check (astro check)', 'astro', ['check']);
  await vitest('Unit tests (Vitest)', 'vitest-unit.json', ['unit', 'astro']);
  await vitest('Build tests on fixture content (Vitest)', 'vitest-build.json', ['build'], root.ok ? { EXPLAINER_BUILD_LOG: BUILD_LOG } : {});
}

/** Lint and format; the dist tests on each build once it is done; then the end-to-end tests. */
async function readLane(): Promise<void> {
  await step('Lint (ESLint, no warnings)', 'eslint', ['.', '--max-warnings', '0']);
  await step('Format (Prettier)', 'prettier', ['--check', '.', '--log-level', 'warn']);
  const root = await rootBuilt.promise;
  if (root) await vitest('Dist tests (Vitest)', 'vitest-dist.json', ['dist']);
  if (await baseBuilt.promise)
    await vitest(`Dist tests on the build under ${BASE_PATH_BUILD.BASE_PATH} (Vitest)`, 'vitest-base.json', ['dist'], BASE_PATH_BUILD);
  if (!root) {
    failed += 1;
    failures.push('End-to-end tests (skipped: the build failed)');
    return;
  }
  const problem = await browserProblem();
  if (problem) {
    console.error(`\n${problem}`);
    failed += 1;
    failures.push('End-to-end tests (no browser)');
    return;
  }
  await suite(
    'End-to-end tests (Playwright, Chromium)',
    'playwright',
    ['test'],
    `${out}/playwright.json`,
    (r) => [r.stats.expected + r.stats.flaky, r.stats.unexpected, r.stats.skipped],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json` },
  );
}

await Promise.all([astroLane(), readLane()]);

console.log(`\n━━ Summary (${seconds(started)}) ━━`);
for (const [title, time] of times) console.log(`${time.padStart(6)}  ${title}`);
for (const f of failures) console.log(`✗ ${f}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
