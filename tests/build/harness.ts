/**
 * Builds a fixture content set with the real build command (`scripts/build.ts`).
 * A case is tests/fixtures/base/ with the files of tests/fixtures/<kind>/<case>/ laid
 * over it, where kind is `broken` (the build must fail) or `warnings` (it must succeed and
 * warn); a file named `<name>.delete` there removes `<name>` from the copy. The case's
 * `expected.txt` lists, one per line, text the build's output must contain.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { formatProblem } from '../../src/lib/content-error.ts';
import { checkContentFolder } from '../../src/data/check-content.ts';
import { clearContentIndexes } from '../../src/data/content-index.ts';

const root = process.cwd();
const fixtures = join(root, 'tests/fixtures');

/** The result of one build. */
export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
  /** Where the site was to be written. */
  outDir: string;
  /** Where the case's content was assembled, relative to the project root. */
  contentDir: string;
}

/** The kinds of case: broken content must fail; content with warnings must build and warn. */
export type CaseKind = 'broken' | 'warnings';

/** Names of the cases of a kind. */
export function cases(kind: CaseKind): string[] {
  return readdirSync(join(fixtures, kind)).sort();
}

/** The lines a case's build must print. */
export function expectedLines(kind: CaseKind, name: string): string[] {
  return readFileSync(join(fixtures, kind, name, 'expected.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Assembles and builds a case (or the valid base alone when `name` is undefined). */
export function buildCase(name?: string, kind: CaseKind = 'broken'): BuildResult {
  return buildContent(assembleCase(name, kind));
}

/**
 * Lays a case's files over a copy of the base set in `tests/.output/<prefix><name>/content`
 * and returns that work folder.
 */
export function assembleCase(name?: string, kind: CaseKind = 'broken', prefix = ''): string {
  const work = join(root, 'tests/.output', `${prefix}${name ?? 'base'}`);
  rmSync(work, { recursive: true, force: true });
  const content = join(work, 'content');
  cpSync(join(fixtures, 'base'), content, { recursive: true });
  if (name) {
    const overlay = join(fixtures, kind, name);
    for (const file of readdirSync(overlay, { recursive: true, encoding: 'utf8' })) {
      const from = join(overlay, file);
      if (file === 'expected.txt' || !existsSync(from) || readdirSync(overlay, { withFileTypes: true }).some((d) => d.name === file && d.isDirectory()))
        continue;
      if (file.endsWith('.delete')) {
        rmSync(join(content, file.slice(0, -'.delete'.length)), { force: true });
        continue;
      }
      mkdirSync(join(content, file, '..'), { recursive: true });
      cpSync(from, join(content, file), { recursive: true });
    }
  }
  return work;
}

/** The environment that points the build at a work folder: its content, output and cache. */
export function workEnv(work: string) {
  return {
    EXPLAINER_CONTENT: relative(root, join(work, 'content')),
    EXPLAINER_OUT_DIR: join(work, 'dist'),
    EXPLAINER_CACHE_DIR: join(work, 'cache'),
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
}

/** stdout and stderr of a finished command together, without colour codes. */
export const outputOf = (r: { stdout: string; stderr: string }) => stripVTControlCharacters(`${r.stdout}\n${r.stderr}`);

/**
 * Builds the content already assembled in `<work>/content` into `<work>/dist`, for tests
 * that assemble their own (e.g. by running `npm run new` on a copy of the base set).
 */
export function buildContent(work: string): BuildResult {
  const content = join(work, 'content');
  const outDir = join(work, 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, ...workEnv(work) } });
  return { status: result.status, output: outputOf(result), outDir, contentDir: relative(root, content) };
}

/**
 * The content check's output for a content folder (the first step of `npm run check`,
 * and of every build), run in this process: each problem as the check prints it, with
 * the content folder written `<content>`.
 */
export function checkContent(content: string): string[] {
  clearContentIndexes();
  const dir = relative(root, content);
  const { problems } = checkContentFolder(dir);
  return problems.map((p) => formatProblem(p).replaceAll(`${dir}/`, '<content>/'));
}
