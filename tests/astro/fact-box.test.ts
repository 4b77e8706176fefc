/**
 * The text Pagefind indexes from a fact box (FactBox, FactRow, FactList, AliasesRow): a word
 * boundary between each label and its value, a sentence per row, the items behind a
 * disclosure still indexed but not the disclosure's own label, and the box's heading not
 * indexed at all (it made a search result section titled "Facts" that began "Facts.").
 */
import { gunzipSync } from 'node:zlib';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import * as pagefind from 'pagefind';
import { expect, it } from 'vitest';
import FactBoxFixture from './fixtures/FactBoxFixture.astro';

/** Indexes one page as the site does (src/integrations/pagefind.ts) and returns its fragment. */
async function indexed(main: string): Promise<{ content: string; anchors: Array<{ text: string }>; filters: Record<string, string[]> }> {
  const { index } = await pagefind.createIndex({ includeCharacters: '-.', forceLanguage: 'en' });
  try {
    await index!.addHTMLFile({ url: '/page/', content: `<!doctype html><html lang="en"><body><main data-pagefind-body>${main}</main></body></html>` });
    const { files } = await index!.getFiles();
    const fragment = files.find((f) => f.path.includes('fragment/'))!;
    return JSON.parse(
      gunzipSync(Buffer.from(fragment.content))
        .toString()
        .replace(/^pagefind_dcd/, ''),
    );
  } finally {
    await pagefind.close();
  }
}

it('indexes "Label value." per row, the hidden items, and neither the heading nor the disclosure labels', async () => {
  const container = await AstroContainer.create();
  const box = await container.renderToString(FactBoxFixture);
  expect(box).toContain('<details');
  const page = await indexed(`<h1>Page</h1>${box}<h2 id="next">Next</h2><p>Prose.</p>`);
  expect(page.content).toBe(
    'Page. Also called Alpha. Beta; Gamma. Kind Government. Country Ukraine. Roles First role. Second role. Third role. Fourth role. Next. Prose.',
  );
  expect(page.anchors.map((a) => a.text)).toEqual(['Next']);
  expect(page.filters).toEqual({ country: ['Ukraine'] });
});
