import { describe, expect, it } from 'vitest';
import { cspHeaderLine, HEADERS_LIMITS, headersFile, metaPolicy, parseHeadersFile, unionPolicy } from '../../src/lib/headers.ts';
import { actorThing, breadcrumbList, claimReview, jsonLd } from '../../src/lib/structured-data.ts';

const site = { url: 'https://x.example', name: 'X', home: '/sub/' };
const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('structured data', () => {
  it('a breadcrumb trail with absolute URLs and positions', () => {
    expect(
      breadcrumbList(
        [
          { name: 'Home', path: '/' },
          { name: 'Weapons', path: '/weapons/' },
        ],
        site.url,
      ).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.example/' },
      { '@type': 'ListItem', position: 2, name: 'Weapons', item: 'https://x.example/weapons/' },
    ]);
  });

  it('rates a claim by its latest status, and names a not-checkable one without a number', () => {
    const base = {
      claim: 'Iran sent drones.',
      checked: d('2026-11-24'),
      firstClaimant: { name: 'Ukraine', kind: 'government' as const, date: d('2022-09-13') },
    };
    const review = claimReview(
      {
        ...base,
        history: [
          { date: d('2022-09-13'), status: 'unverified', why: '' },
          { date: d('2022-11-05'), status: 'confirmed', why: '' },
        ],
      },
      '/claims/a/',
      site,
    );
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://x.example/claims/a/',
      datePublished: '2026-11-24',
      itemReviewed: { '@type': 'Claim', author: { '@type': 'GovernmentOrganization', name: 'Ukraine' }, datePublished: '2022-09-13' },
      reviewRating: { alternateName: 'Confirmed', ratingValue: 5, bestRating: 5, worstRating: 1 },
      author: { '@type': 'Organization', name: 'X', url: 'https://x.example/sub/' },
    });
    const aim = claimReview({ ...base, history: [{ date: d('2022-11-01'), status: 'not-checkable', why: '' }] }, '/claims/b/', site);
    expect(aim.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Not checkable' });
  });

  it('a person gets their current role as job title; an outlet is a news organization', () => {
    const person = actorThing(
      { title: 'P', kind: 'person', aliases: ['Q'], summary: 's', roles: [{ title: 'Old', to: d('2020-01-01') }, { title: 'Spokesman' }] },
      '/actors/p/',
      site.url,
    );
    expect(person).toMatchObject({ '@type': 'Person', name: 'P', alternateName: ['Q'], jobTitle: 'Spokesman', url: 'https://x.example/actors/p/' });
    expect(actorThing({ title: 'RT', kind: 'media', aliases: [], summary: 's' }, '/actors/rt/', site.url)).not.toHaveProperty('alternateName');
    const native = actorThing(
      { title: 'P', kind: 'person', aliases: ['Q'], nativeNames: [{ name: 'Дмитрий Песков', lang: 'ru' }], summary: 's' },
      '/actors/p/',
      site.url,
    );
    expect(native.alternateName).toEqual(['Q', { '@value': 'Дмитрий Песков', '@language': 'ru' }]);
    expect(actorThing({ title: 'RT', kind: 'media', aliases: [], summary: 's' }, '/actors/rt/', site.url)['@type']).toBe('NewsMediaOrganization');
  });

  it('JSON-LD text cannot close its script element', () => {
    expect(jsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
    expect(JSON.parse(jsonLd({ name: '</script>' }))).toEqual({ name: '</script>' });
  });
});

describe('security headers', () => {
  it('reads the policy from a page’s meta tag', () => {
    expect(metaPolicy(`<meta http-equiv="content-security-policy" content="script-src &#39;self&#39;">`)).toBe("script-src 'self'");
    expect(metaPolicy('<meta charset="utf-8">')).toBeUndefined();
  });

  it('merges the sources of each directive across pages', () => {
    expect(unionPolicy(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'; img-src 'self'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'",
    );
  });

  it('writes one rule for every path under the base, adding frame-ancestors, then immutable caching for fingerprinted files', () => {
    const file = headersFile({ policy: "default-src 'self';", base: '/x/' });
    expect(file).toMatch(
      /^\/x\/\*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: /,
    );
    expect(file).toContain('Permissions-Policy: ');
    expect(file).toContain('\n\n/x/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(parseHeadersFile(file).map((r) => r.path)).toEqual([
      '/x/*',
      '/x/_astro/*',
      '/x/pagefind/fragment/*',
      '/x/pagefind/index/*',
      '/x/pagefind/filter/*',
      '/x/pagefind/*.pf_meta',
    ]);
    expect(file).not.toContain('X-Robots-Tag');
  });

  it('marks a preview noindex, and on Cloudflare its preview URLs', () => {
    expect(parseHeadersFile(headersFile({ policy: "default-src 'self'", noindex: true }))[0]!.headers).toContain('X-Robots-Tag: noindex');
    const cf = parseHeadersFile(headersFile({ policy: "default-src 'self'", cloudflarePreviews: true }));
    expect(cf.at(-1)).toEqual({ path: 'https://:version.:subdomain.workers.dev/*', headers: ['X-Robots-Tag: noindex'] });
  });

  it('keeps the policy line within 2,000 characters: past that, the header carries frame-ancestors alone', () => {
    const hashes = (n: number) => Array.from({ length: n }, (_, i) => `'sha256-${String(i).padStart(44, 'A')}'`).join(' ');
    expect(cspHeaderLine(`default-src 'self'; script-src 'self' ${hashes(10)}`).full).toBe(true);
    const long = cspHeaderLine(`default-src 'self'; script-src 'self' ${hashes(40)}`);
    expect(long).toEqual({ line: "  Content-Security-Policy: frame-ancestors 'none'", full: false });
    expect(
      headersFile({ policy: `script-src ${hashes(40)}` })
        .split('\n')
        .every((l) => l.length <= HEADERS_LIMITS.lineLength),
    ).toBe(true);
  });
});
