/**
 * `npm run check` and `npm test` agree, case by case, on every broken fixture: each case
 * that the build refuses (tests/build/fixtures.test.ts builds every one, as `npm test`
 * does) the content check refuses too, in this process as `npm run check` runs it first,
 * with the same message at the same file and line. That includes the knowledge graph's
 * checks and the content audit, which need every entry at once: the check runs them on
 * its own reading of the files once each file passes, and the build runs them again on
 * Astro's entries (src/data/site-graph.ts) — fixtures.test.ts proves that second run
 * refuses a case too when the check is skipped.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleCase, cases, checkContent, expectedLines } from './harness.ts';

const works: string[] = [];
afterAll(() => works.forEach((w) => rmSync(w, { recursive: true, force: true })));

/** What the check's first step prints for a case, each problem's first line, with the content folder as `<content>`. */
function contentRules(name: string): string[] {
  const work = assembleCase(name, 'broken', 'agree-');
  works.push(work);
  return checkContent(join(work, 'content')).map((p) => p.split('\n')[0]!);
}

describe('npm run check refuses every broken fixture that npm test refuses', () => {
  for (const name of cases('broken')) {
    const first = expectedLines('broken', name)[0]!;
    it(`${name}: the check's content rules refuse it with the message the build prints`, () => {
      const found = contentRules(name);
      expect(
        found.some((line) => line.includes(first)),
        `expected a problem holding:\n${first}\n\nthe check found:\n${found.join('\n')}`,
      ).toBe(true);
    });
  }
});
