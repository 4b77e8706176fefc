/** The words a new reader meets first, read from the HTML as served. */
import { describe, expect, it } from 'vitest';
import { contentPages, pages } from './dist.ts';

/** The text of some HTML, tags removed and spaces collapsed as a browser would show it. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

describe('words', () => {
  it('the home page has a space after each link in its list of sections', () => {
    const home = textOf(pages.get('/')!);
    expect(home).toMatch(/\d+ actors, \d+ weapon systems, a timeline of \d+ events and \d+ sources/);
  });
  it('no content page has two headings of the same text', () => {
    for (const path of contentPages) {
      const headings = [...pages.get(path)!.matchAll(/<h[1-6]\b[^>]*>([\s\S]*?)<\/h[1-6]>/g)].map((m) => textOf(m[1]!).trim());
      expect(headings.filter((h, i) => headings.indexOf(h) !== i), path).toEqual([]);
    }
  });
});
