/** The data the plugins hand to pages: cited sources and linked pages, in order. */
import { describe, expect, it } from 'vitest';
import { render } from './golden/harness.ts';

describe('plugin data for pages', () => {
  it('records cited source ids in first-citation order, each once', async () => {
    const { metadata } = await render('A [@presstv-2022-11-09]. B [@reuters-2022-10-18; @presstv-2022-11-09].');
    expect(metadata.frontmatter.citations).toEqual(['presstv-2022-11-09', 'reuters-2022-10-18']);
  });
  it('records linked page ids, aliases resolved to their page', async () => {
    const { metadata } = await render('[[Geran-2]], [[shahed-136]] and [[Kiev]].');
    expect(metadata.frontmatter.wikilinks).toEqual(['shahed-136', 'government-of-ukraine']);
  });
  it('records empty lists for a page with neither', async () => {
    const { metadata } = await render('Plain text.');
    expect(metadata.frontmatter.citations).toEqual([]);
    expect(metadata.frontmatter.wikilinks).toEqual([]);
  });
});
