/**
 * A failed dist test (tests/dist/, "the site gates" `npm test` runs on the built site) as
 * a content problem for `npm run check`: pointed at the content file of the page its
 * message names, with what the gate wants and a fix for the kind of gate, not a Vitest
 * diff.
 *
 *   gateProblem('page weight of the content pages each fits in 14 KB…', 'AssertionError: expected [ "/claims/x/: 15.2 KB …" ] …', 'content')
 *   // { file: 'content/claims/x.mdx', problem: '/claims/x/: 15.2 KB … (the built site fails "page weight…", which npm test checks).', fix: 'Make the page lighter: …' }
 */
import { stripVTControlCharacters } from 'node:util';
import type { ContentProblem } from '../../src/lib/content-error.ts';

/** The fix for each group of gates, by the start of the test's name (its describe block). */
const GATE_FIXES: Array<[prefix: string, fix: string]> = [
  [
    'page weight',
    'Make the page lighter: move detail to a linked page or shorten long lists and repeated citations. A page goes over the budget only with an allowance and its reason, agreed in review (OVER_BUDGET in tests/dist/budget.test.ts).',
  ],
  [
    'fonts and images',
    'Show images with <Figure src="/images/…" alt="…" width="…" height="…" /> (it writes the size and loading="lazy"); see CONTRIBUTING.md, "Images".',
  ],
  [
    'HTML of the built site',
    'Correct the markup the message names in the content file (html-validate explains each rule at https://html-validate.org/rules/).',
  ],
  ['every page', "The layout writes each page's head from its frontmatter's title and summary: check both are there and not empty (tests/dist/seo.test.ts)."],
];

/** The fix for a failed gate: its group's, or where to read the rule. */
export function gateFix(test: string): string {
  return (
    GATE_FIXES.find(([prefix]) => test.startsWith(prefix))?.[1] ??
    'See the test in tests/dist/ for the rule; CONTRIBUTING.md, "Writing a page", has the recipes.'
  );
}

/** A failed dist test as a content problem on the file of the page its message names (else on the built site). */
export function gateProblem(test: string, message: string, contentRoot: string): ContentProblem {
  const first = stripVTControlCharacters(message)
    .split('\n')[0]!
    .replace(/^AssertionError: /, '');
  const page = /\/(actors|weapons|claims)\/([a-z0-9-]+)\//.exec(first);
  return {
    file: page ? `${contentRoot}/${page[1]}/${page[2]}.mdx` : 'dist/',
    problem: `${first} (the built site fails "${test}", which npm test checks).`,
    fix: gateFix(test),
    rule: 'site-gate',
  };
}
