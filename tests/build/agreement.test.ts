/**
 * `npm run check` and `npm test` agree, case by case, on every broken fixture: each case
 * that the build refuses (tests/build/fixtures.test.ts builds every one, as `npm test`
 * does) the check refuses too, with the same message at the same file and line.
 *
 * Both run the same steps: the content check (here, in this process, as `npm run check`
 * runs it first) and then the same `astro build` (which `npm run check` starts with
 * EXPLAINER_CONTENT_CHECKED=1 so as not to repeat the content check). So a case is either
 * refused by the content check, with the first line of its expected.txt, or passes it and
 * is one of the BUILD_STAGE cases, refused by that same build: by the knowledge graph's
 * checks or the content audit, which need every entry at once. fixtures.test.ts proves
 * those builds fail, and that each records its problem in the problem log the check's
 * summary and annotations read.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleCase, BUILD_STAGE, cases, checkContent, expectedLines } from './harness.ts';

const works: string[] = [];
afterAll(() => works.forEach((w) => rmSync(w, { recursive: true, force: true })));

/** What the check's first step prints for a case, each problem's first line, with the content folder as `<content>`. */
function contentRules(name: string): string[] {
  const work = assembleCase(name, 'broken', 'agree-');
  works.push(work);
  return checkContent(join(work, 'content')).map((p) => p.split('\n')[0]!);
}

describe('npm run check refuses every broken fixture that npm test refuses', () => {
  it('the build-stage list names only existing cases', () => {
    expect(BUILD_STAGE.filter((c) => !cases('broken').includes(c))).toEqual([]);
  });

  for (const name of cases('broken')) {
    const first = expectedLines('broken', name)[0]!;
    if (BUILD_STAGE.includes(name)) {
      it(`${name}: passes the content rules, so the check's build refuses it, as npm test's does`, () => {
        expect(contentRules(name)).toEqual([]);
      });
    } else {
      it(`${name}: the check's content rules refuse it with the message the build prints`, () => {
        const found = contentRules(name);
        expect(
          found.some((line) => line.includes(first)),
          `expected a problem holding:\n${first}\n\nthe check found:\n${found.join('\n')}`,
        ).toBe(true);
      });
    }
  }
});
