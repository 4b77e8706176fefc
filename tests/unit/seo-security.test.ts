import { describe, expect, it } from 'vitest';
import { headersFile, metaPolicy, unionPolicy } from '../../src/lib/headers.ts';
import { actorThing, breadcrumbList, claimReview, jsonLd } from '../../src/lib/structured-data.ts';

const site = { url: 'https://x.example', name: 'X', home: '/sub/' };
const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('structured data', () => {
  it('a breadcrumb trail with absolute URLs and positions', () => {
    expect(breadcrumbList([{ name: 'Home', path: '/' }, { name: 'Weapons', path: '/weapons/' }], site.url).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.example/' },
      { '@type': 'ListItem', position: 2, name: 'Weapons', item: 'https://x.example/weapons/' },
    ]);
  });

  it('rates a claim by its latest status, and names a not-checkable one without a number', () => {
    const base = { claim: 'Iran sent drones.', checked: d('2026-11-24'), firstClaimant: { name: 'Ukraine', kind: 'government' as const, date: d('2022-09-13') } };
    const review = claimReview({ ...base, history: [{ date: d('2022-09-13'), status: 'unverified', why: '' }, { date: d('2022-11-05'), status: 'confirmed', why: '' }] }, '/claims/a/', site);
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
    const person = actorThing({ title: 'P', kind: 'person', aliases: ['Q'], summary: 's', roles: [{ title: 'Old', to: d('2020-01-01') }, { title: 'Spokesman' }] }, '/actors/p/', site.url);
    expect(person).toMatchObject({ '@type': 'Person', name: 'P', alternateName: ['Q'], jobTitle: 'Spokesman', url: 'https://x.example/actors/p/' });
    expect(actorThing({ title: 'RT', kind: 'media', aliases: [], summary: 's' }, '/actors/rt/', site.url)).not.toHaveProperty('alternateName');
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

  it('writes one rule for every path, adding frame-ancestors', () => {
    const file = headersFile("default-src 'self';");
    expect(file).toMatch(/^\/\*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: /);
    expect(file).toContain('Permissions-Policy: ');
  });
});
