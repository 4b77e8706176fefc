/**
 * Every page's sharing card, as the built site publishes it: `og:image` names a file of
 * the build that is a 1200 × 630 PNG under 100 KB (read from its IHDR chunk), each page has
 * its own, and its alt text names the page's title and, on a claim page, the latest status
 * and its date as the page's own badge shows them.
 */
import { describe, expect, it } from 'vitest';
import { BASE_PATH, files, pages, read, SITE_URL } from './dist.ts';

const KB = 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
/** HTML attribute text as a reader gets it (the few entities the build writes). */
const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
/** The path inside the site of a public address on this site, written out here rather than through the code under test. */
const inSite = (url: string) => (url.startsWith(`${SITE_URL}${BASE_PATH}`) ? `/${url.slice(`${SITE_URL}${BASE_PATH}`.length)}` : undefined);

const cards = [...pages].map(([path, html]) => ({ path, html, image: meta(html, 'og:image'), alt: unescape(meta(html, 'og:image:alt') ?? '') }));

describe('sharing cards', () => {
  it('every page names its own card on this site, with its size', () => {
    expect(cards.length).toBeGreaterThan(60);
    for (const { path, html, image } of cards) {
      expect(image && inSite(image), `${path}: og:image ${image}`).toMatch(/^\/og\/.+\.png$/);
      expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')], path).toEqual(['1200', '630']);
    }
    const images = cards.map((c) => c.image);
    expect(new Set(images).size, 'no two pages share a card').toBe(images.length);
  });

  it('every card is in the build: a 1200 × 630 PNG under 100 KB', () => {
    for (const { path, image } of cards) {
      const file = inSite(image!)!;
      expect(files.has(file), `${path}: ${file} is not in the build`).toBe(true);
      const png = read(file);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE), `${file} is a PNG`).toBe(true);
      // The first chunk is IHDR: its length (13), its type, then width and height.
      expect(png.toString('latin1', 12, 16), file).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([1200, 630]);
      expect(png.length, `${file}: ${(png.length / KB).toFixed(1)} KB`).toBeLessThan(100 * KB);
    }
  });

  it('every card’s alt text names the page’s title (the home page’s, the site’s name)', () => {
    const siteName = unescape(meta(pages.get('/')!, 'og:site_name')!);
    for (const { path, html, alt } of cards) {
      const title = path === '/' ? siteName : unescape(meta(html, 'og:title')!);
      expect(alt, path).toContain(title);
    }
  });

  it('a claim’s card alt names its type, and its latest status and date as the page’s badge shows them', () => {
    const claims = cards.filter((c) => /^\/claims\/[^/]+\/$/.test(c.path));
    expect(claims.length).toBeGreaterThan(5);
    for (const { path, html, alt } of claims) {
      const latest = /<dd data-status="latest"[^>]*>[\s\S]*?<span class="badge [^"]*"[^>]*>([^<]+)<\/span>[\s\S]*?<time datetime="[^"]+">([^<]+)<\/time>/.exec(html);
      expect(latest, path).not.toBeNull();
      const [, label, date] = latest!;
      expect(alt, path).toMatch(/^Disputed claim: /);
      expect(alt, path).toContain(`Latest status: ${label}, since ${date}.`);
    }
  });
});
