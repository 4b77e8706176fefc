/**
 * A clean build of the real content prints no warning: a contributor who sees one can
 * trust it is about their change. (Its one info line says which address it builds for.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { outputOf } from './harness.ts';

const work = join(process.cwd(), 'tests/.output/quiet');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Lines that warn: Astro's and Vite's [WARN], npm's "npm warn", a content warning such as an unused term, a deprecation. */
const WARNING = /\bwarn(ing)?\b|\[glossary\]|deprecat|EBADENGINE/i;

it('a clean build of the site prints no warning line', () => {
  // `npm test` has just made a clean build of the site (its own new content cache) and kept
  // its output: read it rather than build a third time. Run alone, this test builds.
  const log = process.env.EXPLAINER_BUILD_LOG;
  let output: string;
  if (log && existsSync(log)) output = readFileSync(log, 'utf8');
  else {
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      encoding: 'utf8',
      env: { ...process.env, EXPLAINER_OUT_DIR: join(work, 'dist'), EXPLAINER_CACHE_DIR: join(work, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
    });
    output = outputOf(result);
    expect(result.status, output).toBe(0);
  }
  expect(output).toMatch(/\[build\] Complete!/);
  expect(output.split('\n').filter((l) => WARNING.test(l))).toEqual([]);
}, 240_000);
