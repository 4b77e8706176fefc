/**
 * `npm run check`: the one command to run before a pull request. It runs, in order:
 *
 *   1. content rules: every file under content/ is in place, parses, matches its schema,
 *      keeps to safe MDX, is not a draft, and its prose resolves (every wikilink,
 *      citation and acronym, frontmatter text and image files included), all files in
 *      one pass (src/lib/content-check.ts, src/plugins/prose-check.ts); then, on all the
 *      entries at once, the knowledge graph's checks and the content audit
 *      (src/lib/graph-check.ts, src/lib/audit.ts);
 *   2. types: `astro check` (skipped while the content rules fail: it would only repeat a
 *      schema problem, without its line);
 *   3. build: the site and its search index (it runs the graph's checks and the audit
 *      again, on Astro's own entries);
 *   4. links: every link and #fragment in the built site resolves (scripts/check-links.ts);
 *   5. site gates: the same dist tests `npm test` runs on the built site (page weight,
 *      images sized and lazy, valid HTML, accessibility rules that need no browser…), so a
 *      change that passes here passes them in CI;
 *
 * then prints a summary of what failed and where, sorted by file and line. On GitHub
 * Actions each problem is also written as an annotation on its file and line: the
 * content rules' problems and the build's (recorded as data in src/data/problem-log.ts)
 * as they are, type errors read from `astro check`'s output.
 *
 * With `--stale` (or `--stale=365d`) it runs only the review-date report instead (scripts/stale.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../src/lib/content-error.ts';
import { settings } from '../src/lib/settings.ts';
import { annotationOf, githubAnnotation, typeErrors, type Annotation } from './lib/annotations.ts';
import { gateProblem } from './lib/site-gates.ts';
import { checkContentFolder } from '../src/data/check-content.ts';
import { contentRoot } from '../src/data/content-index.ts';
import { readContentFiles } from '../src/data/content-files.ts';
import { readProblemLog } from '../src/data/problem-log.ts';

interface StepResult {
  name: string;
  ok: boolean | 'skipped';
  detail: string;
  problems: Annotation[];
}

// `npm run check -- --stale[=180d]` runs only the review-date report (scripts/stale.ts).
if (process.argv.slice(2).some((a) => a === '--stale' || a.startsWith('--stale='))) {
  await import('./stale.ts');
  process.exit(0);
}

const results: StepResult[] = [];
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };

function heading(name: string) {
  console.log(`\n━━ ${name} ━━`);
}

/**
 * Runs a command, shows its output, and keeps it for the summary; `problems` says where
 * a failed command's problems are (type errors in its output, or the build's problem log).
 */
function command(
  name: string,
  cmd: string,
  args: string[],
  extraEnv: Record<string, string>,
  summarize: (out: string, ok: boolean) => string,
  problems: (out: string) => Annotation[] = () => [],
) {
  heading(name);
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...env, ...extraEnv }, maxBuffer: 256 * 1024 * 1024 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  process.stdout.write(out);
  const ok = r.status === 0;
  results.push({ name, ok, detail: summarize(out, ok), problems: ok ? [] : problems(out) });
  return ok;
}

const plural = (n: number) => `${n} problem${n === 1 ? '' : 's'}`;

// 1. Content rules, in this process: the fastest step and the one most mistakes meet.
heading('Content rules');
const root = contentRoot();
const files = readContentFiles(root);
const { problems, drafts } = checkContentFolder(root);
const draftProblems = drafts.map((file) => ({
  file,
  line: 1,
  problem: 'the file is a draft (draft: true), so it would not be published.',
  fix: 'Fill in every TODO, then delete the "draft: true" line.',
  rule: 'content/draft',
}));
const byPlace = (a: { file: string; line?: number }, b: { file: string; line?: number }) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
const contentProblems = [...problems, ...draftProblems].sort(byPlace);
for (const p of contentProblems) console.log(`${formatProblem(p)}\n`);
const contentOk = contentProblems.length === 0;
results.push({
  name: 'Content rules',
  ok: contentOk,
  detail: contentOk ? `${files.length} files` : plural(contentProblems.length),
  problems: contentProblems.map(annotationOf),
});

// 2 to 5. Types, build, links and the site gates.
// With broken content each would only repeat the content rules' problems, so they wait.
if (!problems.length) {
  command('Types (astro check)', 'astro', ['check'], {}, (out, ok) => (ok ? 'no errors' : (/(\d+) errors?/.exec(out)?.[0] ?? 'failed')), typeErrors);
  // The content rules have just passed: the build need not check every file again.
  const built = command(
    'Build',
    process.execPath,
    ['scripts/build.ts'],
    { EXPLAINER_CONTENT_CHECKED: '1' },
    (out, ok) => (ok ? (/(\d+) page\(s\) built/.exec(out)?.[0] ?? 'built') : readProblemLog().length ? plural(readProblemLog().length) : 'failed'),
    () => readProblemLog().map(annotationOf),
  );
  if (built) {
    command('Links', process.execPath, ['scripts/check-links.ts'], {}, (out) => (out.trim().split('\n').at(-1) ?? '').replace(/^Links: /, ''));
    siteGates();
  } else {
    for (const name of ['Links', 'Site gates']) results.push({ name, ok: 'skipped', detail: 'skipped: the build failed', problems: [] });
  }
} else {
  for (const name of ['Types (astro check)', 'Build', 'Links', 'Site gates']) {
    results.push({ name, ok: 'skipped', detail: 'skipped: fix the content rules first', problems: [] });
  }
}

/**
 * 5. The dist tests of `npm test` (tests/dist/), run on the site just built. A failure is
 * printed as the test's name and its message, pointed at the content file of the page it
 * names, not as a Vitest diff.
 */
function siteGates() {
  heading('Site gates');
  const report = join(settings().cacheDir, 'site-gates.json');
  rmSync(report, { force: true });
  spawnSync('vitest', ['run', '--project', 'dist', '--reporter=json', `--outputFile.json=${report}`], { encoding: 'utf8', env });
  if (!existsSync(report)) {
    results.push({ name: 'Site gates', ok: false, detail: 'did not run', problems: [] });
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    testResults: Array<{ assertionResults: Array<{ status: string; fullName: string; failureMessages: string[] }> }>;
  };
  const failures = json.testResults.flatMap((f) => f.assertionResults).filter((t) => t.status === 'failed');
  const found = failures.map((t) => gateProblem(t.fullName, t.failureMessages.join('\n'), root));
  for (const p of found) console.log(`${formatProblem(p)}\n`);
  results.push({
    name: 'Site gates',
    ok: !found.length,
    detail: found.length ? plural(found.length) : `${json.numPassedTests} tests`,
    problems: found.map(annotationOf),
  });
}

// Summary.
console.log('\n━━ Summary ━━');
for (const r of results) console.log(`${r.ok === true ? '✓' : r.ok === 'skipped' ? '–' : '✗'} ${r.name.padEnd(26)} ${r.detail}`);
const all = results.flatMap((r) => r.problems).sort(byPlace);
if (all.length) {
  console.log('\nWhere:');
  for (const a of all) console.log(`  ${a.file}${a.line ? `:${a.line}` : ''}  ${a.title}`);
}
if (process.env.GITHUB_ACTIONS === 'true') for (const a of all) console.log(githubAnnotation(a));
const failed = results.filter((r) => r.ok === false).length;
console.log(
  failed
    ? `\n${failed} of ${results.length} checks failed. Fix the problems above and run npm run check again.`
    : '\nAll checks passed: ready for a pull request.',
);
process.exit(failed ? 1 : 0);
