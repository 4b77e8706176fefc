/** Search engines and link previews: canonical URLs, sitemap, sharing tags, structured data. */
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '../../src/lib/vocabulary.ts';
import { BASE_PATH, pages, read, SITE_URL } from './dist.ts';

/** The public address of a path inside the site, written out here rather than through the code under test. */
const published = (path: string) => `${SITE_URL}${BASE_PATH}${path.slice(1)}`;

const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, any>);
const indexable = [...pages.keys()].filter((p) => p !== '/404.html');

describe('every page', () => {
  it('has its canonical URL on the site’s address, except the 404 page, which is not indexed', () => {
    for (const path of indexable) expect(/<link rel="canonical" href="([^"]+)"/.exec(pages.get(path)!)?.[1], path).toBe(published(path));
    expect(pages.get('/404.html')).toContain('<meta name="robots" content="noindex">');
    expect(pages.get('/404.html')).not.toContain('rel="canonical"');
  });

  it('has Open Graph and Twitter tags with its own sharing card (tests/dist/cards.test.ts checks the cards)', () => {
    for (const path of indexable) {
      const html = pages.get(path)!;
      for (const key of ['og:title', 'og:description', 'og:url', 'og:type', 'og:image', 'og:image:alt', 'twitter:card']) {
        expect(meta(html, key), `${path} ${key}`).toBeTruthy();
      }
      expect(meta(html, 'og:image'), path).toMatch(new RegExp(`^${published('/og/')}.+\\.png$`));
      // X falls back to the og: tags; a twitter: copy of them would only weigh on every page.
      for (const key of ['twitter:title', 'twitter:description', 'twitter:image']) expect(meta(html, key), `${path} ${key}`).toBeFalsy();
      expect(meta(html, 'twitter:card'), path).toBe('summary_large_image');
      expect(meta(html, 'og:url')).toBe(published(path));
    }
  });

  it('has a BreadcrumbList from the home page to itself', () => {
    for (const path of indexable) {
      const crumbs = jsonLd(pages.get(path)!).find((d) => d['@type'] === 'BreadcrumbList');
      expect(crumbs?.itemListElement[0].item, path).toBe(published('/'));
      expect(crumbs?.itemListElement.at(-1).item, path).toBe(published(path));
    }
    const nasams = jsonLd(pages.get('/weapons/nasams/')!).find((d) => d['@type'] === 'BreadcrumbList')!;
    expect(nasams.itemListElement.map((i: { name: string }) => i.name)).toEqual(['Home', 'Weapons', 'NASAMS']);
  });
});

describe('structured data about the subject', () => {
  it('a claim page carries a ClaimReview rated from its latest status', () => {
    const claims = indexable.filter((p) => /^\/claims\/[^/]+\/$/.test(p));
    expect(claims.length).toBeGreaterThan(5);
    for (const path of claims) {
      const html = pages.get(path)!;
      const review = jsonLd(html).find((d) => d['@type'] === 'ClaimReview');
      expect(review, path).toBeDefined();
      expect(review!.url).toBe(published(path));
      expect(review!.author.url).toBe(published('/'));
      expect(review!.claimReviewed.length).toBeGreaterThan(20);
      // The badge a reader sees for the latest status names the status the rating gives.
      const badge = /<dd data-status="latest"[^>]*>[\s\S]*?<span class="badge badge-([a-z-]+)(?: [^"]*)?"[^>]*>([^<]+)<\/span>/.exec(html);
      expect(badge, path).not.toBeNull();
      const [, status, label] = badge!;
      expect(review!.reviewRating.alternateName, path).toBe(label);
      expect(review!.reviewRating.ratingValue, path).toBe(CLAIM_STATUSES[status as keyof typeof CLAIM_STATUSES].rating);
    }
  });

  it('an actor page carries a Person or an Organization', () => {
    expect(jsonLd(pages.get('/actors/patrick-ryder/')!).find((d) => d['@type'] === 'Person')).toMatchObject({ name: 'Patrick S. Ryder', jobTitle: expect.any(String) });
    expect(jsonLd(pages.get('/actors/presstv/')!).find((d) => d['@type'] === 'NewsMediaOrganization')).toMatchObject({ name: 'PressTV' });
  });
});

describe('sitemap and robots.txt', () => {
  it('the sitemap lists every indexable page, and robots.txt points to it', () => {
    const listed = [...read('/sitemap-0.xml').toString().matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).sort();
    expect(listed).toEqual(indexable.map(published).sort());
    expect(read('/sitemap-index.xml').toString()).toContain(`<loc>${published('/sitemap-0.xml')}</loc>`);
    expect(read('/robots.txt').toString()).toContain(`Sitemap: ${published('/sitemap-index.xml')}`);
  });
});
