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
  // The type check would only repeat a content problem (a bad date, without its line): it waits too.
  expect(out).toMatch(/– Types \(astro check\)\s+skipped: fix the content rules first/);
  expect(out).toMatch(/– Build\s+skipped: fix the content rules first/);
  expect(out).toMatch(/– Site gates\s+skipped: fix the content rules first/);
  expect(out).toContain(`Where:\n  ${content}/weapons/nasams.mdx:13  mdx/no-import`);
  expect(out).toContain(`::error file=${content}/weapons/nasams.mdx,line=13,title=mdx/no-import::`);
  expect(out).toContain('1 of 5 checks failed.');
}, 120_000);

it('npm run check reports misspelt wikilinks in two files in one run, sorted, each with an annotation', () => {
  const { status, out, content } = check('misspelt-wikilinks-two-files');
  expect(status, out).toBe(1);
  expect(out).toMatch(/✗ Content rules\s+2 problems\n/);
  expect(out).toMatch(/– Build\s+skipped: fix the content rules first/);
  expect(out).toContain(`\nWhere:\n  ${content}/actors/patrick-ryder.mdx:18  unknown-wikilink\n  ${content}/weapons/nasams.mdx:19  unknown-wikilink\n`);
  expect(out).toContain(
    `::error file=${content}/weapons/nasams.mdx,line=19,title=unknown-wikilink::unknown wikilink target "patrik-ryder" in [[patrik-ryder]]. ` +
      `Fix: Did you mean "patrick-ryder"? Link to the id, title or alias of an existing page, or add the alias to that page's frontmatter.\n`,
  );
  expect(out).toContain(`::error file=${content}/actors/patrick-ryder.mdx,line=18,title=unknown-wikilink::`);
  expect(out).not.toMatch(/\n\s+at |Location:/); // no stack trace
  expect(out).toContain('1 of 5 checks failed.');
}, 120_000);

// The graph's checks and the audit are content rules too: a page nothing links to is found
// before the types and the build, and annotated on its file (the problem has no line).
it('npm run check annotates a problem found by the content audit (a page nothing links to) on its file', () => {
  const { status, out, content } = check('orphan-page');
  expect(status, out).toBe(1);
  expect(out).toMatch(/✗ Content rules\s+1 problem\n/);
  expect(out).toMatch(/– Build\s+skipped: fix the content rules first/);
  expect(out).toContain(`\nWhere:\n  ${content}/actors/lloyd-austin.mdx  content/orphan-page\n`);
  expect(out).toContain(`::error file=${content}/actors/lloyd-austin.mdx,title=content/orphan-page::`);
  expect(out).toContain('1 of 5 checks failed.');
}, 120_000);
