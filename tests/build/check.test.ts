/**
 * `npm run check` on broken content: it fails, says which step failed and where, skips
 * the build that would only repeat the problem, and on GitHub Actions writes an
 * annotation on the file and line, for the content rules' problems and the build's alike.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { assembleCase, outputOf, workEnv } from './harness.ts';

let work: string | undefined;
afterEach(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Runs `npm run check` on a broken case, as on GitHub Actions. */
function check(name: string) {
  work = assembleCase(name, 'broken', 'check-');
  const env = workEnv(work);
  const result = spawnSync(process.execPath, ['scripts/check.ts'], { encoding: 'utf8', env: { ...process.env, ...env, GITHUB_ACTIONS: 'true' } });
  return { status: result.status, out: outputOf(result), content: env.EXPLAINER_CONTENT };
}

it('npm run check fails on unsafe MDX with a summary and an annotation on its line', () => {
  const { status, out, content } = check('mdx-import');
  expect(status, out).toBe(1);
  expect(out).toMatch(/✗ Content rules\s+1 problem/);
  expect(out).toMatch(/✓ Types \(astro check\)/);
  expect(out).toMatch(/– Build and content audit\s+skipped: fix the content rules first/);
  expect(out).toContain(`Where:\n  ${content}/weapons/nasams.mdx:13  mdx/no-import`);
  expect(out).toContain(`::error file=${content}/weapons/nasams.mdx,line=13,title=mdx/no-import::`);
  expect(out).toContain('1 of 4 checks failed.');
}, 120_000);

it('npm run check annotates an unknown wikilink, found by the build, on its line', () => {
  const { status, out, content } = check('unknown-wikilink');
  expect(status, out).toBe(1);
  expect(out).toMatch(/✓ Content rules/);
  expect(out).toMatch(/✗ Build and content audit\s+1 problem\n/);
  expect(out).toMatch(/– Links\s+skipped: the build failed/);
  // (Type errors elsewhere would be listed too; this case is about the build's own problem.)
  expect(out).toMatch(/\nWhere:\n/);
  expect(out).toContain(`\n  ${content}/weapons/nasams.mdx:15  unknown-wikilink\n`);
  expect(out).toContain(
    `::error file=${content}/weapons/nasams.mdx,line=15,title=unknown-wikilink::unknown wikilink target "us-department-of-defence" in [[us-department-of-defence]]. ` +
      `Fix: Did you mean "us-department-of-defense"? Link to the id, title or alias of an existing page, or add the alias to that page's frontmatter.\n`,
  );
  expect(out).toMatch(/\d of 4 checks failed\./);
}, 180_000);
