/**
 * No script of the site reads the viewport's width: the layout follows it in CSS alone. The
 * end-to-end axe runs rely on this (`axeAtBothWidths` in tests/e2e/site.ts): they open a page
 * at a phone's width and widen it in place, which is then the page loaded at that width.
 */
import { describe, expect, it } from 'vitest';
import { files, pages, read } from './dist.ts';

const READS_WIDTH = /\b(?:innerWidth|outerWidth|clientWidth|offsetWidth|visualViewport|screen\.width)\b|matchMedia\([^)]*width|addEventListener\(\s*['"]resize/;

describe('scripts and the viewport', () => {
  it('no script, in a file or inline, reads the width of the window', () => {
    const scripts = [...files].filter((f) => f.endsWith('.js') && !f.startsWith('/pagefind/'));
    expect(scripts.length).toBeGreaterThan(0);
    const reading = scripts.filter((f) => READS_WIDTH.test(read(f).toString('utf8')));
    for (const [path, html] of pages) {
      for (const [, code] of html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)) {
        if (READS_WIDTH.test(code!)) reading.push(`${path} (inline)`);
      }
    }
    expect(reading).toEqual([]);
  });

  it('would see a script that does', () => {
    expect(READS_WIDTH.test('if (window.innerWidth < 600) open()')).toBe(true);
    expect(READS_WIDTH.test("matchMedia('(max-width: 40rem)')")).toBe(true);
    expect(READS_WIDTH.test("matchMedia('(pointer:fine)')")).toBe(false);
  });
});
