import { describe, expect, it } from 'vitest';
import { gateFix, gateProblem } from '../../scripts/lib/site-gates.ts';

describe('site gates as content problems', () => {
  it('points a failed gate at the content file of the page it names, with the fix for its kind of gate', () => {
    const message =
      "\u001b[31mAssertionError: expected [ '/claims/iran-drones-to-russia/: 15.2 KB (HTML 12.0, CSS 3.2)' ] to deeply equal []\u001b[39m\n    at budget.test.ts:60";
    const test = 'page weight of the content pages each fits in 14 KB gzipped of HTML and CSS, or in its listed allowance';
    expect(gateProblem(test, message, 'content')).toEqual({
      file: 'content/claims/iran-drones-to-russia.mdx',
      problem: `expected [ '/claims/iran-drones-to-russia/: 15.2 KB (HTML 12.0, CSS 3.2)' ] to deeply equal [] (the built site fails "${test}", which npm test checks).`,
      fix: gateFix(test),
      rule: 'site-gate',
    });
    expect(gateFix(test)).toMatch(/^Make the page lighter/);
  });

  it('names the built site when the message names no page, and has a fix for every gate', () => {
    expect(gateProblem('fonts and images web fonts weigh at most 50 KB in all', 'AssertionError: expected 60000 to be <= 51200', 'content').file).toBe('dist/');
    expect(gateFix('fonts and images every image on every page has a width, a height and lazy loading')).toContain('<Figure');
    expect(gateFix('open data every entry file validates')).toMatch(/^See the test in tests\/dist\//);
  });
});
