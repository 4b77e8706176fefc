/**
 * `npm run check` on broken content: it fails, says which step failed and where, skips
 * the build that would only repeat the problem, and on GitHub Actions writes an
 * annotation on the file and line.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

it('npm run check fails on unsafe MDX with a summary and an annotation on its line', () => {
  const root = process.cwd();
  const work = join(root, 'tests/.output/check');
  rmSync(work, { recursive: true, force: true });
  cpSync(join(root, 'tests/fixtures/base'), join(work, 'content'), { recursive: true });
  cpSync(join(root, 'tests/fixtures/broken/mdx-import'), join(work, 'content'), { recursive: true });
  rmSync(join(work, 'content/expected.txt'));
  const content = relative(root, join(work, 'content'));
  const result = spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, EXPLAINER_CONTENT: content, EXPLAINER_OUT_DIR: join(work, 'dist'), GITHUB_ACTIONS: 'true', NO_COLOR: '1' },
  });
  const out = result.stdout + result.stderr;
  expect(result.status, out).toBe(1);
  expect(out).toMatch(/✗ Content rules\s+1 problem/);
  expect(out).toMatch(/✓ Types \(astro check\)/);
  expect(out).toMatch(/– Build and content audit\s+skipped: fix the content rules first/);
  expect(out).toContain(`Where:\n  ${content}/weapons/nasams.mdx:13  mdx/no-import`);
  expect(out).toContain(`::error file=${content}/weapons/nasams.mdx,line=13,title=mdx/no-import::`);
  expect(out).toContain('1 of 4 checks failed.');
}, 120_000);
