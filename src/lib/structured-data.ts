/**
 * schema.org structured data (JSON-LD) for search engines and fact-check aggregators:
 * a BreadcrumbList on every page, a ClaimReview on claim pages (rated on the scale in
 * src/lib/vocabulary.ts), and a Person or Organization on actor pages. Pure functions:
 * the layout renders what they return with {@link jsonLd}.
 */
import { isoDate } from './dates.ts';
import { absoluteUrl } from './urls.ts';
import { latestStatus, type StatusChange } from './claims.ts';
import { CLAIM_STATUSES, type ActorKind } from './vocabulary.ts';

/** A JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** One step of a breadcrumb trail: a name and the link to it (from urls.ts's href(), so with the base path). */
export interface Crumb {
  name: string;
  path: string;
}

/** A link on the site (already under the base path) as an absolute URL, given the site's origin. */
const absolute = (path: string, site: string) => absoluteUrl(path, site);

/**
 * The trail from the home page to this page.
 *
 *   breadcrumbList([{ name: 'Home', path: '/' }, { name: 'Weapons', path: '/weapons/' }], 'https://x.org')
 *   // { '@type': 'BreadcrumbList', itemListElement: [{ position: 1, name: 'Home', item: 'https://x.org/' }, …] }
 */
export function breadcrumbList(crumbs: readonly Crumb[], site: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: absolute(c.path, site) })),
  };
}

/** schema.org types for the kinds of actor. */
const ACTOR_TYPES: Record<ActorKind, string> = {
  person: 'Person',
  government: 'GovernmentOrganization',
  ministry: 'GovernmentOrganization',
  agency: 'GovernmentOrganization',
  'armed-forces': 'GovernmentOrganization',
  company: 'Corporation',
  media: 'NewsMediaOrganization',
  alliance: 'Organization',
  'international-organization': 'Organization',
};

/** What an actor page says about its actor. */
export interface ActorFacts {
  title: string;
  kind: ActorKind;
  aliases: readonly string[];
  /** Names in their own scripts, given as language-tagged values. */
  nativeNames?: ReadonlyArray<{ name: string; lang: string }>;
  summary: string;
  /** Positions held; the newest without an end date is given as the job title of a person. */
  roles?: ReadonlyArray<{ title: string; to?: Date }>;
}

/**
 * A Person or Organization for an actor page. Native names join the aliases in
 * `alternateName` as JSON-LD language-tagged strings:
 *
 *   { name: 'Volodymyr Zelensky', alternateName: ['Zelenskyy', { '@value': 'Володимир Зеленський', '@language': 'uk' }] }
 */
export function actorThing(actor: ActorFacts, path: string, site: string): JsonLd {
  const current = actor.kind === 'person' ? actor.roles?.filter((r) => !r.to).at(-1) : undefined;
  const alternateName = [...actor.aliases, ...(actor.nativeNames ?? []).map((n) => ({ '@value': n.name, '@language': n.lang }))];
  return {
    '@context': 'https://schema.org',
    '@type': ACTOR_TYPES[actor.kind],
    name: actor.title,
    ...(alternateName.length ? { alternateName } : {}),
    description: actor.summary,
    url: absolute(path, site),
    ...(current ? { jobTitle: current.title } : {}),
  };
}

/** What a claim page says about its claim. */
export interface ClaimFacts {
  claim: string;
  /** Who asserted it first, and when. */
  firstClaimant?: { name: string; kind: ActorKind; date: Date };
  history: readonly StatusChange[];
  /** When the latest status was last checked: the review's date. */
  checked: Date;
}

/**
 * A ClaimReview of a claim page, rated by the claim's latest status (5 confirmed,
 * 4 corroborated, 3 unverified, 2 contested, 1 contradicted). A claim that is not
 * checkable gets the status's name and no number.
 */
export function claimReview(claim: ClaimFacts, path: string, site: { url: string; name: string; home: string }): JsonLd {
  const latest = latestStatus(claim.history);
  const status = latest ? CLAIM_STATUSES[latest.status] : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: absolute(path, site.url),
    claimReviewed: claim.claim,
    datePublished: isoDate(claim.checked),
    author: { '@type': 'Organization', name: site.name, url: absolute(site.home, site.url) },
    ...(claim.firstClaimant
      ? {
          itemReviewed: {
            '@type': 'Claim',
            author: { '@type': ACTOR_TYPES[claim.firstClaimant.kind], name: claim.firstClaimant.name },
            datePublished: isoDate(claim.firstClaimant.date),
          },
        }
      : {}),
    ...(status
      ? {
          reviewRating: {
            '@type': 'Rating',
            alternateName: status.label,
            ...(status.rating !== undefined ? { ratingValue: status.rating, bestRating: 5, worstRating: 1 } : {}),
          },
        }
      : {}),
  };
}

/**
 * The text of a `<script type="application/ld+json">`: JSON with every "<" escaped, so no
 * value (a quoted "</script>") can end the element early.
 */
export function jsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
