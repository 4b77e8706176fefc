/**
 * Everywhere a new entity collection or claim status must reach, checked on the built
 * site, so forgetting a place fails here with its name instead of passing silently
 * (CONTRIBUTING.md, "Extending the site", lists the places).
 */
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUS_VALUES, CLAIM_STATUSES, ENTITY_COLLECTIONS, ENTITY_TYPE_LABELS } from '../../src/lib/vocabulary.ts';
import { BASE_PATH, files, pages, read } from './dist.ts';

/** Every style the site ships: its stylesheets, and the small component styles Astro inlines into pages. */
const css = [
  ...[...files].filter((f) => f.startsWith('/_astro/') && f.endsWith('.css')).map((f) => read(f).toString()),
  ...[...pages.values()].flatMap((html) => [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!)),
].join('\n');
const entries = (c: string) => [...pages.keys()].filter((p) => new RegExp(`^/${c}/[^/]+/$`).test(p));

describe.each(ENTITY_COLLECTIONS)('the %s collection', (collection) => {
  it('has an index page that the header links to (navigation: src/lib/vocabulary.ts SECTIONS)', () => {
    expect(pages.has(`/${collection}/`), `/${collection}/`).toBe(true);
    const nav = /<nav aria-label="Site"[^>]*>([\s\S]*?)<\/nav>/.exec(pages.get('/')!)![1]!;
    expect(nav).toContain(`href="${BASE_PATH}${collection}/"`);
  });

  it('has entry pages with a fact box (src/pages/[collection]/[...id].astro) and a search type filter', () => {
    const paths = entries(collection);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const html = pages.get(path)!;
      expect(html, `${path}: no fact box; add the collection's facts component in [...id].astro`).toMatch(/class="facts[" ]/);
      expect(html, path).toContain(`data-pagefind-filter="type:${ENTITY_TYPE_LABELS[collection]}"`);
    }
  });

  it('has a map colour of its own (src/components/RelationMap.astro)', () => {
    expect(css, `no .map .${collection} colour rule in the built CSS`).toMatch(new RegExp(`\\.map \\.${collection}\\s*\\{[^}]*--c:`));
  });
});

describe.each(CLAIM_STATUS_VALUES)('the %s status', (status) => {
  it('has a row in the about page’s scale (src/components/StatusScale.astro)', () => {
    expect(pages.get('/about/')).toContain(`<tr data-status="${status}"`);
  });

  it('has a badge colour (its tone in src/lib/vocabulary.ts, styled in src/styles/global.css)', () => {
    const { tone } = CLAIM_STATUSES[status];
    expect(css, `no .tone-${tone} rule in the built CSS`).toMatch(new RegExp(`\\.tone-${tone}\\s*\\{[^}]*color`));
  });
});
