/** The data the plugins hand to pages: cited sources and linked pages in order, and how often each term is used. */
import { describe, expect, it } from 'vitest';
import { render } from './golden/harness.ts';

describe('plugin data for pages', () => {
  it('records cited source ids in first-citation order, each once', async () => {
    const { metadata } = await render('A [@presstv-2022-11-09]. B [@reuters-2022-10-18; @presstv-2022-11-09].');
    expect(metadata.frontmatter.citations).toEqual(['presstv-2022-11-09', 'reuters-2022-10-18']);
  });
  it('records each link with its page, aliases resolved, and the sentence it stands in', async () => {
    const { metadata } = await render('Russia calls it [[Geran-2]] [@reuters-2022-10-18]. Ukraine says [[shahed-136|it]] is Iranian.\n\n## In [[Kiev]]');
    expect(metadata.frontmatter.wikilinks).toEqual([
      { id: 'shahed-136', sentence: 'Russia calls it Geran-2.' },
      { id: 'shahed-136', sentence: 'Ukraine says it is Iranian.' },
      { id: 'government-of-ukraine', sentence: 'In Kiev' },
    ]);
  });
  it('counts the uses of each glossary term by id, plurals and variants included, links and code left out', async () => {
    const { metadata } = await render(
      'Two NASAMS arrived; more NASAMS followed. UAVs attacked. The MGM-140 is an ATACMS. The US sent them, not `NASAMS`, [NASAMS](https://example.org/) or [[nasams]].',
    );
    expect(metadata.frontmatter.acronyms).toEqual({ nasams: 2, uav: 1, atacms: 2, us: 1 });
  });
  it('records empty lists and counts for a page with none', async () => {
    const { metadata } = await render('Plain text.');
    expect(metadata.frontmatter.citations).toEqual([]);
    expect(metadata.frontmatter.wikilinks).toEqual([]);
    expect(metadata.frontmatter.acronyms).toEqual({});
  });
});
