/**
 * Every page of the built site (dist/, or EXPLAINER_OUT_DIR) is valid HTML by the rules
 * in .htmlvalidate.mjs — the reasons for each rule that is changed from html-validate's
 * presets are written there. A failing page lists each problem as
 * `dist/page.html:line:column  rule  message  (where)`; Astro writes pages on a few long
 * lines, so `where` is a CSS selector for the element. Needs a build: `npm run build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { settings } from '../../src/lib/settings.ts';

const outDir = resolve(settings().outDir);
/** A path as printed: relative to the project if inside it, else absolute. */
const shown = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
};
const shownDir = shown(outDir);
const validator = new HtmlValidate(config);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f))
    .sort();
}

function describeProblem(file: string, m: Message): string {
  const where = m.selector ? `  (${m.selector})` : '';
  return `  ${file}:${m.line}:${m.column}  ${m.ruleId}  ${m.message}${where}`;
}

const pages = existsSync(outDir) ? htmlFiles(outDir) : [];

describe(`HTML of the built site (${shownDir}/)`, () => {
  it('has been built', () => {
    if (!existsSync(outDir)) {
      throw new Error(`${shownDir}/ does not exist: run \`npm run build\` first, then this test again.`);
    }
    expect(pages.length, `${shownDir}/ has no .html files: run \`npm run build\` again.`).toBeGreaterThan(0);
  });

  it.each(pages.map((p) => [relative(outDir, p), p]))('%s is valid', async (_name, page) => {
    const report = await validator.validateString(readFileSync(page, 'utf8'), page);
    const file = shown(page);
    const problems = report.results.flatMap((r) => r.messages.map((m) => describeProblem(file, m)));
    if (problems.length) {
      throw new Error(`${problems.length} HTML problem(s), see .htmlvalidate.mjs for the rules:\n${problems.join('\n')}`);
    }
  });
});

describe('.htmlvalidate.mjs', () => {
  // Guards the configuration: a rule switched off by mistake would let every page pass.
  it('still reports real problems', async () => {
    const page = `<!DOCTYPE html><html lang="en"><head><title>T</title></head><body><main>
      <h1 id="a">A</h1><p id="a"><div>block in a paragraph</div></p>
      <input type="text" name="q"><button>Go</button><ul><p>not a list item</p></ul>
      <a href="/x" aria-labelledby="missing">Tom & Jerry</a><h3>skips a level</h3>
    </main></body></html><script src="/x.js"></script>`;
    const report = await validator.validateString(page, 'bad.html');
    const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    for (const rule of [
      'no-dup-id',
      'element-permitted-content',
      'input-missing-label',
      'no-implicit-button-type',
      'no-missing-references',
      'no-raw-characters',
      'heading-level',
      'explainer/nothing-after-html',
    ]) {
      expect(rules, rule).toContain(rule);
    }
  });
});
