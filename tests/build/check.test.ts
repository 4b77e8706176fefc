/**
 * `npm run check` on broken content: it fails, says which step failed and where, skips
 * the build that would only repeat the problem, and on GitHub Actions writes an
 * annotation on the file and line.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { assembleCase, buildEnv } from './harness.ts';

const root = process.cwd();
const work = join(root, 'tests/.output/check');
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('npm run check fails on unsafe MDX with a summary and an annotation on its line', () => {
  const content = relative(root, assembleCase(work, 'mdx-import'));
  const result = spawnSync(process.execPath, ['scripts/check.ts'], { cwd: root, encoding: 'utf8', env: { ...buildEnv(work), GITHUB_ACTIONS: 'true' } });
  const out = result.stdout + result.stderr;
  expect(result.status, out).toBe(1);
  expect(out).toMatch(/✗ Content rules\s+1 problem/);
  expect(out).toMatch(/✓ Types \(astro check\)/);
  expect(out).toMatch(/– Build and content audit\s+skipped: fix the content rules first/);
  expect(out).toContain(`Where:\n  ${content}/weapons/nasams.mdx:13  mdx/no-import`);
  expect(out).toContain(`::error file=${content}/weapons/nasams.mdx,line=13,title=mdx/no-import::`);
  expect(out).toContain('1 of 4 checks failed.');
}, 120_000);
