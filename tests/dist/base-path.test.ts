/**
 * The built site works wherever it is published: every URL it writes for itself stays
 * under the base path (BASE_PATH), and every public address starts with SITE_URL and the
 * base. `npm test` runs these dist tests twice: on the root build, and on a build with
 * BASE_PATH=/explainer/ SITE_URL=https://example.test.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_PATH, files, pages, read, SITE_URL } from './dist.ts';

/** Attributes that hold a URL the browser will load or go to, or that a script will fetch. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'data-bundle', 'data-names', 'data-base', 'srcset', 'poster'];
const attributeValues = (html: string) =>
  [...html.matchAll(new RegExp(`\\s(${URL_ATTRIBUTES.join('|')})="([^"]*)"`, 'g'))].map((m) => ({ name: m[1]!, value: m[2]! }));

describe('under the base path', () => {
  it('no page links, loads, submits to or fetches a site URL outside the base path', () => {
    const outside: string[] = [];
    for (const [path, html] of pages) {
      for (const { name, value } of attributeValues(html)) {
        for (const url of name === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0]!) : [value]) {
          const internal = url.startsWith('/') && !url.startsWith('//');
          if (internal && !url.startsWith(BASE_PATH)) outside.push(`${path}: ${name}="${url}"`);
          if (url.startsWith(SITE_URL) && !url.startsWith(`${SITE_URL}${BASE_PATH}`)) outside.push(`${path}: ${name}="${url}"`);
        }
      }
    }
    expect(outside).toEqual([]);
  });

  it('every public address in the head and the structured data starts with SITE_URL and the base path', () => {
    const site = `${SITE_URL}${BASE_PATH}`;
    for (const [path, html] of pages) {
      const addresses = [
        ...html.matchAll(/<(?:link rel="canonical" href|meta property="og:(?:url|image)" content)="([^"]+)"/g),
        ...html.matchAll(/"(?:item|url)":"([^"]+)"/g),
      ].map((m) => m[1]!);
      if (path !== '/404.html') expect(addresses.length, path).toBeGreaterThan(2);
      for (const a of addresses.filter((u) => u.startsWith('http') && new URL(u).origin === new URL(SITE_URL).origin)) expect(a.startsWith(site), `${path}: ${a}`).toBe(true);
    }
  });

  it('the scripts and styles name no root path of their own: addresses come from the page', () => {
    const assets = [...files].filter((f) => f.startsWith('/_astro/') && /\.(js|css)$/.test(f));
    expect(assets.length).toBeGreaterThan(0);
    for (const f of assets) {
      const text = read(f).toString();
      // A string literal or url() naming a folder or file from the domain root, e.g. "/pagefind/" or url(/x.svg).
      const roots = [...text.matchAll(/(?:["'`]|url\()(\/(?!\/)[a-z_][\w-]*(?:\/|\.[a-z]{2,5}\b)[\w./-]*)/gi)]
        .map((m) => m[1]!)
        // A bundle's own file in _astro/ is named by Vite from the base path (the header loads its
        // search panel so); under the base path it starts with it, as this test checks there.
        .filter((p) => !p.startsWith(`${BASE_PATH}_astro/`))
        .filter((p) => BASE_PATH === '/' || !p.startsWith(BASE_PATH));
      expect(roots, f).toEqual([]);
    }
  });

  it('the search names lead to pages under the base path', () => {
    const prefixes = JSON.parse(read('/search-names/index.json').toString()) as string[];
    const names = prefixes.flatMap((_, i) => Object.values(JSON.parse(read(`/search-names/${i}.json`).toString()) as Record<string, { url: string }>));
    expect(names.length).toBeGreaterThan(50);
    for (const { url } of names) {
      expect(url.startsWith(BASE_PATH), url).toBe(true);
      expect(pages.has(url.slice(BASE_PATH.length - 1).split('#')[0]!), url).toBe(true);
    }
  });

  it('every page names the repository file it is made from, whatever the base path', () => {
    const named = [...pages].map(([path, html]) => [path, /data-edit-path="([^"]+)"/.exec(html)?.[1]] as const).filter(([, f]) => f);
    expect(named.length).toBeGreaterThan(50);
    for (const [path, file] of named) expect(existsSync(file!), `${path}: ${file}`).toBe(true);
  });

  it('every address to the site in the feeds and the data files is under SITE_URL and the base path', () => {
    const made = [...files].filter((f) => /^\/(feeds|data)\/.+\.(xml|json|csv)$/.test(f));
    expect(made.length).toBeGreaterThan(300);
    let seen = 0;
    for (const f of made) {
      for (const [address] of read(f).toString().matchAll(/https?:\/\/[^\s"<>,]+/g)) {
        if (!address.startsWith(new URL(SITE_URL).origin)) continue;
        seen++;
        expect(address.startsWith(`${SITE_URL}${BASE_PATH}`), `${f}: ${address}`).toBe(true);
      }
    }
    expect(seen).toBeGreaterThan(made.length);
  });

  it('ships no placeholder address: every absolute address to the site is SITE_URL\'s', () => {
    for (const [path, html] of pages) {
      expect(html, path).not.toMatch(/example\.org|explainer-sites/);
      for (const [, origin] of html.matchAll(/(?:href|content)="(https?:\/\/[^/"]+)/g)) {
        if (origin === new URL(SITE_URL).origin) continue;
        // Any other absolute address must be an external link (marked) or a source's address.
        expect(origin, path).not.toMatch(/127\.0\.0\.1|localhost/);
      }
    }
  });
});
