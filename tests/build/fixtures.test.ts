/**
 * Content rules proved on real builds: the valid fixture builds, and each broken case
 * fails with its expected message and leaves no half-built site behind.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemLogPath, readProblemLog } from '../../src/data/problem-log.ts';
import { spawnSync } from 'node:child_process';
import { assembleCase, buildCase, cases, expectedLines, outputOf, workEnv } from './harness.ts';

/** One problem the build printed: its file and line, its rule, and its whole text (message, fix, location). */
interface Problem {
  file: string;
  line?: number;
  rule?: string;
  text: string;
}

/**
 * The problems in a build's output. A problem starts on a line (not indented) that names a
 * file of the case's content, e.g. `…/nasams.mdx:17: … [mdx/no-iframe]`, and goes on over
 * the indented lines after it (`    Fix: …`, `  Location: …`).
 */
function problemsIn(output: string, contentDir: string): Problem[] {
  const start = new RegExp(`(${contentDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[^\\s:]+)(?::(\\d+))?`);
  const problems: Problem[] = [];
  for (const line of output.split('\n')) {
    const head = /^\S/.test(line) ? start.exec(line) : null;
    if (head) problems.push({ file: head[1]!, line: head[2] ? Number(head[2]) : undefined, rule: /\[([a-z]+\/[a-z-]+)\]/.exec(line)?.[1], text: line });
    else if (/^\s/.test(line) && problems.length) problems.at(-1)!.text += `\n${line}`;
  }
  return problems;
}

/** Checks that one problem of the output holds every line of the case's expected.txt. */
function expectOneProblem(output: string, contentDir: string, expected: string[]) {
  const lines = expected.map((l) => l.replaceAll('<content>', contentDir));
  const problems = problemsIn(output, contentDir);
  const match = problems.find((p) => lines.every((l) => p.text.includes(l)));
  expect(match, `no single problem holds all of:\n${lines.join('\n')}\n\nproblems found:\n${problems.map((p) => p.text).join('\n')}`).toBeDefined();
  // The file, line and rule that expected.txt names are the problem's own.
  const named = /^(\S+?\.(?:mdx|yaml))(?::(\d+))?/.exec(lines[0]!);
  if (named) expect({ file: match!.file, line: match!.line }).toEqual({ file: named[1], line: named[2] ? Number(named[2]) : match!.line });
  const rule = lines.map((l) => /^\[([a-z]+\/[a-z-]+)\]$/.exec(l)?.[1]).find(Boolean);
  if (rule) expect(match!.rule).toBe(rule);
}

describe('fixture builds', () => {
  it('the valid base set builds, with its pages and a search index', () => {
    const result = buildCase();
    expect(result.status, result.output).toBe(0);
    for (const page of ['index.html', 'weapons/nasams/index.html', 'actors/patrick-ryder/index.html', 'pagefind/pagefind.js']) {
      expect(existsSync(join(result.outDir, page)), page).toBe(true);
    }
    // The components content may use without importing them render as their markup.
    const ryder = readFileSync(join(result.outDir, 'actors/patrick-ryder/index.html'), 'utf8');
    expect(ryder).toMatch(/<aside class="aside[^"]*" aria-label="The components a page may use"/);
    expect(ryder).toMatch(/<blockquote[^>]*>[\s\S]*no information to corroborate[\s\S]*<\/blockquote>\s*<figcaption[^>]*>— Patrick S. Ryder/);
    expect(ryder).toMatch(/<img src="\/favicon.svg" alt="The site's icon" width="32" height="32" loading="lazy"/);
    // A Markdown link to another site is marked as external and cannot reach back (rehype-external-links).
    // A source read in a copy names its original first, then the copy it was read in.
    expect(ryder).toMatch(
      /<cite[^>]*>Pentagon Press Briefing on 9\/10\/24<\/cite>\. US Department of Defense, <time datetime="2024-09-10"[^>]*>10 September 2024<\/time> · read in <a href="https:\/\/rev\.com\/transcripts\/pentagon-press-briefing-on-9-10-24"[^>]*>the third-party transcript at Rev<\/a>/,
    );
    // The build summary gives each claim page's provenance share.
    expect(result.output).toContain(
      '[provenance] iran-ballistic-missiles-to-russia: 100% of 3 citations credit an independent original reporter or primary document.',
    );
    const nasams = readFileSync(join(result.outDir, 'weapons/nasams/index.html'), 'utf8');
    expect(nasams).toMatch(/<a href="https:\/\/www\.kongsberg\.com\/[^"]*" rel="external noopener noreferrer">its own page<\/a>/);
  });

  for (const name of cases('broken')) {
    it(`fails on ${name}`, () => {
      const result = buildCase(name);
      expect(result.status, result.output).not.toBe(0);
      const expected = expectedLines('broken', name);
      expectOneProblem(result.output, result.contentDir, expected);
      expect(existsSync(result.outDir), 'a failed build must not leave its output folder').toBe(false);
      // `npm run check` summarises and annotates a failed build from its problem log: the problem is there, on its file.
      const logged = readProblemLog(problemLogPath(join(result.outDir, '..', 'cache'))).map((p) => p.file);
      const file = /^<content>\/(\S+?\.(?:mdx|yaml))/.exec(expected[0]!)?.[1];
      if (file) expect(logged, 'the problem log').toContain(`${result.contentDir}/${file}`);
      else expect(logged.length, 'the problem log').toBeGreaterThan(0);
    });
  }

  // The content check refuses every case before Astro starts; the graph's checks and the
  // audit run again on Astro's own entries, so a build that skips the check (as the one
  // `npm run check` starts after running it) still refuses what they refuse, and logs it.
  it("with the content check skipped, the build's own audit refuses a page nothing links to", () => {
    const work = assembleCase('orphan-page', 'broken', 'unchecked-');
    const env = workEnv(work);
    const result = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env: { ...process.env, ...env, EXPLAINER_CONTENT_CHECKED: '1' } });
    const output = outputOf(result);
    expect(result.status, output).not.toBe(0);
    expect(output).not.toContain('Build stopped before it began'); // the content check did not run
    expectOneProblem(output, env.EXPLAINER_CONTENT, expectedLines('broken', 'orphan-page'));
    expect(existsSync(env.EXPLAINER_OUT_DIR), 'a failed build must not leave its output folder').toBe(false);
    expect(readProblemLog(problemLogPath(env.EXPLAINER_CACHE_DIR)).map((p) => p.file)).toEqual([`${env.EXPLAINER_CONTENT}/actors/lloyd-austin.mdx`]);
  });

  // A large site is checked in a worker thread while Astro starts beside it, its output
  // held back (scripts/build.ts); EXPLAINER_LARGE_SITE=0 takes that path with a fixture.
  it('on a large site, a broken page is refused with its problems alone: Astro, started beside the check, is stopped', () => {
    const work = assembleCase('unknown-wikilink', 'broken', 'large-');
    const env = { ...workEnv(work), EXPLAINER_LARGE_SITE: '0' };
    const result = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env: { ...process.env, ...env } });
    const output = outputOf(result);
    expect(result.status, output).not.toBe(0);
    expectOneProblem(output, env.EXPLAINER_CONTENT, expectedLines('broken', 'unknown-wikilink'));
    expect(output, "Astro's output").not.toMatch(/\[(build|content|vite)\]/);
    expect(existsSync(env.EXPLAINER_OUT_DIR), 'a failed build must not leave its output folder').toBe(false);
  });

  it("on a large site, the build prints Astro's output once the check has passed, and builds", () => {
    const work = assembleCase(undefined, 'broken', 'large-');
    const env = { ...workEnv(work), EXPLAINER_LARGE_SITE: '0' };
    const result = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env: { ...process.env, ...env } });
    const output = outputOf(result);
    expect(result.status, output).toBe(0);
    expect(output).toMatch(/\[build\] Complete!/);
    expect(existsSync(join(env.EXPLAINER_OUT_DIR, 'weapons/nasams/index.html'))).toBe(true);
  });

  for (const name of cases('warnings')) {
    it(`builds and warns on ${name}`, () => {
      const result = buildCase(name, 'warnings');
      expect(result.status, result.output).toBe(0);
      expectOneProblem(result.output, result.contentDir, expectedLines('warnings', name));
    });
  }
});
