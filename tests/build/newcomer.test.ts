/**
 * The mistakes a newcomer made (/work/shared/reviews/newcomer.md), one broken fixture each:
 * the content check (the first step of `npm run check`, and of every build) reports
 * exactly these problems, every one in a single run, sorted by file and line.
 * tests/build/fixes.test.ts applies the fix each message suggests (to these and every
 * other broken fixture) and proves it passes; tests/build/fixtures.test.ts builds them.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleCase, checkContent } from './harness.ts';

const works: string[] = [];
afterAll(() => works.forEach((w) => rmSync(w, { recursive: true, force: true })));

/** A newcomer's mistake: the case, and what the check says about it. */
interface Mistake {
  name: string;
  expected: string[];
}

const FIGURE_FIX = 'Save the file under public/images/ and write <Figure src=';
const mistakes: Mistake[] = [
  {
    name: 'markdown-image',
    expected: [
      '<content>/weapons/nasams.mdx:19: The Markdown image "/favicon.svg" cannot be given a width and height, which every image on the site needs. [content/markdown-image]\n' +
        `    Fix: ${FIGURE_FIX}"/favicon.svg" alt="A NASAMS launcher" width="…" height="…" /> with the width and height of the file in pixels (add caption="… Photo: author (licence)" to credit it).`,
    ],
  },
  {
    name: 'img-unclosed',
    expected: [
      '<content>/weapons/nasams.mdx:19: The HTML element <img> is not allowed in content. [mdx/no-raw-html]\n' +
        `    Fix: ${FIGURE_FIX}"/favicon.svg" alt="The site's icon" width="…" height="…" /> with the width and height of the file in pixels (add caption="… Photo: author (licence)" to credit it).`,
    ],
  },
  {
    name: 'mdx-raw-html-img',
    expected: [
      '<content>/weapons/nasams.mdx:19: The HTML element <img> is not allowed in content. [mdx/no-raw-html]\n' +
        `    Fix: ${FIGURE_FIX}"/favicon.svg" alt="The site's icon" width="…" height="…" /> with the width and height of the file in pixels (add caption="… Photo: author (licence)" to credit it).`,
    ],
  },
  {
    name: 'misspelt-wikilinks-two-files',
    expected: [
      '<content>/actors/patrick-ryder.mdx:18: unknown wikilink target "Pentagone" in [[Pentagone]]. [unknown-wikilink]\n' +
        `    Fix: Did you mean "pentagon"? Link to the id, title or alias of an existing page, or add the alias to that page's frontmatter.`,
      '<content>/weapons/nasams.mdx:19: unknown wikilink target "patrik-ryder" in [[patrik-ryder]]. [unknown-wikilink]\n' +
        `    Fix: Did you mean "patrick-ryder"? Link to the id, title or alias of an existing page, or add the alias to that page's frontmatter.`,
    ],
  },
  {
    name: 'acronym-in-summary',
    expected: [
      '<content>/weapons/nasams.mdx:6 (field "summary"): "IAIO" looks like an acronym but the glossary does not define it; the page shows this text to readers. [undefined-acronym]\n' +
        '    Fix: Run npm run new -- term "IAIO", fill in its expansion and definition and delete its draft: true line (or add "IAIO" to the variants of an existing term); if it is not an acronym, add it with a reason to IGNORED_TOKENS in src/lib/acronyms.ts.',
    ],
  },
  {
    name: 'missing-image-file',
    expected: [
      '<content>/weapons/nasams.mdx:19: the image "/images/nasams-launcher.jpg" is not a file of the site: there is no public/images/nasams-launcher.jpg. [content/missing-image]\n' +
        '    Fix: Save the image as public/images/nasams-launcher.jpg (or correct the path to a file under public/images/).',
    ],
  },
  {
    name: 'unknown-citation-no-match',
    expected: [
      '<content>/weapons/nasams.mdx:19: unknown source "reuters-2025-03-01-norway-orders" in citation [@reuters-2025-03-01-norway-orders]. [unknown-source]\n' +
        '    Fix: Use the id of a file in content/sources/ (its name without .yaml); for a new source, run npm run new -- source "<its headline>", fill it in, delete its draft: true line and cite the id it prints.',
    ],
  },
];

describe("the newcomer's mistakes", () => {
  for (const m of mistakes) {
    it(`${m.name}: reported exactly`, () => {
      const work = assembleCase(m.name, 'broken', 'newcomer-');
      works.push(work);
      expect(checkContent(join(work, 'content'))).toEqual(m.expected);
    });
  }
});
