/**
 * The mistakes a newcomer made (/work/shared/reviews/newcomer.md), one broken fixture each:
 * the content check (the first step of `npm run check`, and of every build) reports
 * exactly these problems, every one in a single run, sorted by file and line; and the fix
 * each message suggests, applied as written (with the real values where it says "…"),
 * makes the check pass. tests/build/fixtures.test.ts builds the same cases for real.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentFiles } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/content-error.ts';
import { clearContentIndexes, readProseIndexes } from '../../src/data/content-index.ts';
import { readContentFiles } from '../../src/data/content-files.ts';
import { proseChecker } from '../../src/plugins/prose-check.ts';
import { assembleCase } from './harness.ts';

const works: string[] = [];
afterAll(() => works.forEach((w) => rmSync(w, { recursive: true, force: true })));

/** The content check's output for a content folder, as `npm run check` prints it. */
function check(content: string): string[] {
  clearContentIndexes();
  const root = relative(process.cwd(), content);
  const { problems } = checkContentFiles(readContentFiles(root), root, proseChecker(readProseIndexes(root)));
  return problems.map((p) => formatProblem(p).replaceAll(`${root}/`, '<content>/'));
}

/** A newcomer's mistake: what the check says, and the fix it suggests, as edits to files. */
interface Mistake {
  name: string;
  expected: string[];
  fix: Record<string, [string, string]>;
}

const FIGURE_FIX = 'Save the file under public/images/ and write <Figure src=';
const mistakes: Mistake[] = [
  {
    name: 'markdown-image',
    expected: [
      '<content>/weapons/nasams.mdx:19: The Markdown image "/favicon.svg" cannot be given a width and height, which every image on the site needs. [content/markdown-image]\n' +
        `    Fix: ${FIGURE_FIX}"/favicon.svg" alt="A NASAMS launcher" width="…" height="…" /> with the width and height of the file in pixels (add caption="… Photo: author (licence)" to credit it).`,
    ],
    fix: { 'weapons/nasams.mdx': ['![A NASAMS launcher](/favicon.svg)', '<Figure src="/favicon.svg" alt="A NASAMS launcher" width="32" height="32" />'] },
  },
  {
    name: 'img-unclosed',
    expected: [
      '<content>/weapons/nasams.mdx:19: The HTML element <img> is not allowed in content. [mdx/no-raw-html]\n' +
        `    Fix: ${FIGURE_FIX}"/images/….jpg" alt="what the image shows" width="…" height="…" /> with the width and height of the file in pixels (add caption="… Photo: author (licence)" to credit it).`,
    ],
    fix: {
      'weapons/nasams.mdx': [`<img src="/favicon.svg" alt="The site's icon">`, `<Figure src="/favicon.svg" alt="The site's icon" width="32" height="32" />`],
    },
  },
  {
    name: 'mdx-raw-html-img',
    expected: [
      '<content>/weapons/nasams.mdx:19: The HTML element <img> is not allowed in content. [mdx/no-raw-html]\n' +
        `    Fix: ${FIGURE_FIX}"/favicon.svg" alt="The site's icon" width="…" height="…" /> with the width and height of the file in pixels (add caption="… Photo: author (licence)" to credit it).`,
    ],
    fix: {
      'weapons/nasams.mdx': [`<img src="/favicon.svg" alt="The site's icon" />`, `<Figure src="/favicon.svg" alt="The site's icon" width="32" height="32" />`],
    },
  },
  {
    name: 'misspelt-wikilinks-two-files',
    expected: [
      '<content>/actors/patrick-ryder.mdx:18: unknown wikilink target "Pentagone" in [[Pentagone]]. [unknown-wikilink]\n' +
        `    Fix: Did you mean "pentagon"? Link to the id, title or alias of an existing page, or add the alias to that page's frontmatter.`,
      '<content>/weapons/nasams.mdx:19: unknown wikilink target "patrik-ryder" in [[patrik-ryder]]. [unknown-wikilink]\n' +
        `    Fix: Did you mean "patrick-ryder"? Link to the id, title or alias of an existing page, or add the alias to that page's frontmatter.`,
    ],
    fix: { 'actors/patrick-ryder.mdx': ['[[Pentagone]]', '[[pentagon]]'], 'weapons/nasams.mdx': ['[[patrik-ryder]]', '[[patrick-ryder]]'] },
  },
  {
    name: 'acronym-in-summary',
    expected: [
      '<content>/weapons/nasams.mdx:6 (field "summary"): "IAIO" looks like an acronym but the glossary does not define it; the page shows this text to readers. [undefined-acronym]\n' +
        '    Fix: Run npm run new -- term "IAIO" and fill in its expansion and definition (or add "IAIO" to the variants of an existing term); if it is not an acronym, add it with a reason to IGNORED_TOKENS in src/lib/acronyms.ts.',
    ],
    // What `npm run new -- term "IAIO"` writes, filled in (tests/build/scaffold.test.ts runs the scaffolder itself).
    fix: { 'glossary/iaio.yaml': ['', 'term: "IAIO"\nexpansion: "Iran Aviation Industries Organization"\ndefinition: "A test term."\n'] },
  },
  {
    name: 'missing-image-file',
    expected: [
      '<content>/weapons/nasams.mdx:19: the image "/images/nasams-launcher.jpg" is not a file of the site: there is no public/images/nasams-launcher.jpg. [content/missing-image]\n' +
        '    Fix: Save the image as public/images/nasams-launcher.jpg (or correct the path to a file under public/images/).',
    ],
    // (The test does not write into public/: it corrects the path to a file that is there.)
    fix: { 'weapons/nasams.mdx': ['/images/nasams-launcher.jpg', '/favicon.svg'] },
  },
  {
    name: 'unknown-citation-no-match',
    expected: [
      '<content>/weapons/nasams.mdx:19: unknown source "reuters-2025-03-01-norway-orders" in citation [@reuters-2025-03-01-norway-orders]. [unknown-source]\n' +
        '    Fix: Use the id of a file in content/sources/ (its name without .yaml); for a new source, run npm run new -- source "<its headline>" and cite the id it prints.',
    ],
    fix: { 'weapons/nasams.mdx': ['reuters-2025-03-01-norway-orders', 'kyiv-independent-2022-11-08-nasams'] },
  },
];

describe("the newcomer's mistakes", () => {
  for (const m of mistakes) {
    it(`${m.name}: reported exactly, and its suggested fix passes`, () => {
      const work = assembleCase(m.name, 'broken', 'newcomer-');
      works.push(work);
      const content = join(work, 'content');
      expect(check(content)).toEqual(m.expected);
      for (const [file, [from, to]] of Object.entries(m.fix)) {
        const path = join(content, file);
        const text = from ? readFileSync(path, 'utf8') : '';
        expect(text, `${file} holds the mistake`).toContain(from);
        writeFileSync(path, text.replace(from, to));
      }
      expect(check(content)).toEqual([]);
    });
  }
});
