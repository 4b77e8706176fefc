/**
 * Link and citation previews in the built site: every wikilink and citation mark on every
 * page has a card in /previews/, and the card says what the page it leads to says (type,
 * title, latest status) or what the page's source list says (title, outlet, date); the
 * script that shows them, with everything it imports, is at most 550 bytes gzipped and
 * finds its files under the base path.
 */
import { gzipSync } from 'node:zlib';
import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { BASE_PATH, contentPages, files, pages, read } from './dist.ts';

/** The most the preview script may weigh, gzipped, with its imports: the content pages' 1 KB less the header's share. */
const SCRIPT_MAX = 550;

type Node = { nodeName: string; value?: string; childNodes?: Node[] };
const text = (html: string): string => {
  const walk = (n: Node): string => (n.nodeName === '#text' ? n.value! : (n.childNodes ?? []).map(walk).join(''));
  return walk(parseFragment(html) as Node).replace(/\s+/g, ' ').trim();
};
/** The inner HTML of the first element matching an opening-tag pattern (no element of the same name inside). */
const inner = (html: string, open: string, tag: string) => new RegExp(`${open}[^>]*>([\\s\\S]*?)</${tag}>`).exec(html)?.[1];
const json = (path: string) => JSON.parse(read(path).toString()) as Record<string, string>;
const cards = { pages: json(`${BASE_PATH}previews/pages.json`), sources: json(`${BASE_PATH}previews/sources.json`) };
/** A card's parts: kicker, badge (its HTML), title and line. */
const parts = (card: string) => ({
  kicker: text(inner(card, '<span class="preview"[^>]*><span', 'span')!),
  badge: /<span class="badge[^>]*>[^<]*<\/span>/.exec(card)?.[0],
  title: text(inner(card, '<b', 'b')!),
  line: text(/<span>([^<]*)<\/span><\/span>$/.exec(card)![1]!),
});

describe('link previews', () => {
  it('writes the cards and their stylesheet', () => {
    for (const file of ['/previews/pages.json', '/previews/sources.json', '/previews/card.css']) expect(files.has(file), file).toBe(true);
    expect(Object.keys(cards.pages).length).toBe(contentPages.length);
  });

  it('every wikilink has a card with the type, title and latest status its page shows', () => {
    const checked = new Set<string>();
    for (const [path, html] of pages) {
      for (const [, href] of html.matchAll(/<a href="([^"]+)" class="wikilink"/g)) {
        if (checked.has(href!)) continue;
        checked.add(href!);
        const card = cards.pages[href!];
        expect(card, `${path}: ${href}`).toBeDefined();
        const target = pages.get(href!.slice(BASE_PATH.length - 1))!;
        const { kicker, badge, title, line } = parts(card!);
        expect(kicker, href).toBe(text(inner(target, '<p class="kicker"', 'p')!));
        expect(title, href).toBe(text(inner(target, '<h1', 'h1')!));
        expect(text(inner(target, '<p class="lede"', 'p')!).startsWith(line), href).toBe(true);
        const latest = /<dd data-status="latest"[^>]*>(<span class="badge[^"]*")[^>]*>([^<]*)<\/span>/.exec(target);
        expect(badge, href).toBe(latest ? `${latest[1]}>${latest[2]}</span>` : undefined);
      }
    }
    expect(checked.size).toBeGreaterThan(40);
  });

  it('every citation mark has a card with the title, outlet and date of its entry in the page’s source list', () => {
    let checked = 0;
    for (const [path, html] of pages) {
      const marks = [...html.matchAll(/<sup class="cite">([\s\S]*?)<\/sup>/g)].flatMap((m) => [...m[1]!.matchAll(/<a href="#source-([^"]+)"/g)].map((a) => a[1]!));
      for (const id of new Set(marks)) {
        const card = cards.sources[`#source-${id}`];
        expect(card, `${path}: ${id}`).toBeDefined();
        const entry = text(inner(html, `<li id="source-${id}"`, 'li')!);
        const { kicker, title } = parts(card!);
        expect(entry, `${path}: ${id}`).toContain(`${title}. ${kicker}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});

describe('the preview script', () => {
  const scripts = new Set(contentPages.flatMap((p) => [...pages.get(p)!.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!)));
  const preview = [...scripts].filter((src) => read(src).toString().includes('../previews/'));

  /** A script and every module it imports, statically or dynamically, each once. */
  function withImports(src: string, seen = new Set<string>()): Set<string> {
    if (seen.has(src)) return seen;
    seen.add(src);
    const code = read(src).toString();
    for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`$]+\.js)["'`]/g)) withImports(new URL(spec!, `http://x${src}`).pathname, seen);
    return seen;
  }

  it('is on every content page, finds its files from its own address, and weighs at most 550 bytes gzipped with its imports', () => {
    expect(preview).toHaveLength(1);
    // The script asks for "../previews/<file>" from where it is: that must be where the files are, under the base path.
    for (const file of ['pages.json', 'sources.json', 'card.css']) {
      const url = new URL(`../previews/${file}`, `https://example.test${preview[0]}`).pathname;
      expect(url).toBe(`${BASE_PATH}previews/${file}`);
    }
    for (const p of contentPages) expect(pages.get(p), p).toContain(`src="${preview[0]}"`);
    const modules = [...withImports(preview[0]!)];
    const size = modules.reduce((n, m) => n + gzipSync(read(m), { level: 9 }).length, 0);
    expect(size, modules.join(', ')).toBeLessThanOrEqual(SCRIPT_MAX);
  });
});
