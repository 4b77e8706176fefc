/**
 * The corrections log in the built site: every page whose content file records corrections
 * shows each of them at its end, and /corrections/ lists each one with a link to the page
 * and section that exists there. The expected notes are read from content/ here, not from
 * the code under test.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_PATH, escaped, frontmatterOf, pages } from './dist.ts';

interface Note { date: Date | string; kind: string; section?: string; text: string }

/** Each entity page's notes, by its path inside the site. */
const expected = ['actors', 'weapons', 'claims'].flatMap((collection) =>
  readdirSync(join('content', collection))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const front = frontmatterOf<{ corrections?: Note[]; draft?: boolean }>(collection, f.replace(/\.mdx$/, ''));
      return { path: `/${collection}/${f.replace(/\.mdx$/, '')}/`, notes: front.draft ? [] : (front.corrections ?? []) };
    })
    .filter((p) => p.notes.length > 0),
);
const iso = (d: Date | string) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);
/** Without Astro's scoping attributes, and without the <abbr> marks of glossary terms (tests/dist/frontmatter-acronyms.test.ts checks those). */
const stripCids = (html: string) => html.replaceAll(/ data-astro-cid-\w+/g, '').replaceAll(/<abbr title="[^"]*">([^<]*)<\/abbr>/g, '$1');
const log = stripCids(pages.get('/corrections/') ?? '');

describe('corrections', () => {
  it('are recorded on some pages (this issue recorded its fixes)', () => {
    expect(expected.length).toBeGreaterThan(0);
  });

  it.each(expected.map((p) => [p.path, p]))('%s shows each of its notes in its corrections list', (_path, { path, notes }) => {
    const html = stripCids(pages.get(path)!);
    const list = /<section class="corrections"[^>]*id="corrections">([\s\S]*?)<\/section>/.exec(html)?.[1];
    expect(list, `${path} has no corrections list`).toBeDefined();
    const items = [...list!.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!);
    expect(items).toHaveLength(notes.length);
    notes.forEach((note, i) => {
      expect(items[i]).toContain(`<time datetime="${iso(note.date)}">`);
      expect(items[i]).toContain(note.kind[0]!.toUpperCase() + note.kind.slice(1));
      expect(items[i]).toContain(escaped(note.text));
      if (note.section) {
        expect(items[i]).toContain(`href="#${note.section}"`);
        expect(html, `${path} has no element with id "${note.section}"`).toContain(`id="${note.section}"`);
      }
    });
  });

  it('/corrections/ links to every note’s page and section, and each target exists', () => {
    const targets = [...log.matchAll(/href="([^"]+)">Go to the (?:section|note)/g)].map((m) => m[1]!);
    const wanted = expected.flatMap(({ path, notes }) => notes.map((n) => `${BASE_PATH}${path.slice(1)}#${n.section ?? 'corrections'}`));
    expect(targets.toSorted()).toEqual(wanted.toSorted());
    for (const target of targets) {
      const [page, id] = target.split('#') as [string, string];
      const html = pages.get(`/${page.slice(BASE_PATH.length)}`);
      expect(html, `${target}: no such page`).toBeDefined();
      expect(html, `${target}: no element with that id`).toContain(`id="${id}"`);
    }
  });

  it('/corrections/ lists the notes newest first', () => {
    const dates = [...log.matchAll(/<li><p class="meta"><time datetime="([^"]+)"/g)].map((m) => m[1]!);
    expect(dates.length).toBe(expected.flatMap((p) => p.notes).length);
    expect(dates).toEqual(dates.toSorted().reverse());
  });
});
