/**
 * The closed vocabularies of the site: every enum a schema, a badge, a filter or
 * machine-readable markup uses comes from here, so one word never means two things.
 * Each list pairs the value written in content (kebab-case, quoted in YAML) with the
 * label a reader sees.
 */

/**
 * The claim status scale of the content guide, strongest support first. `rating` is the
 * status on the 1–5 scale of schema.org ClaimReview markup (5 best supported, 1 shown
 * false); a claim that is not checkable is not rated, only named. `tone` is the badge's
 * colour (global.css `.tone-*`).
 */
export const CLAIM_STATUSES = {
  confirmed: {
    tone: 'ok',
    rating: 5,
    label: 'Confirmed',
    meaning: 'Stated as fact by at least one government or body in a position to know, and corroborated by independent evidence.',
  },
  corroborated: {
    tone: 'ok',
    rating: 4,
    label: 'Corroborated',
    meaning: 'Substantial independent evidence supports it; not officially confirmed.',
  },
  unverified: {
    tone: 'warn',
    rating: 3,
    label: 'Unverified',
    meaning: 'Asserted, but no independent evidence either way is public.',
  },
  contested: {
    tone: 'warn',
    rating: 2,
    label: 'Contested',
    meaning: 'Credible evidence or credible parties on both sides.',
  },
  contradicted: {
    tone: 'bad',
    rating: 1,
    label: 'Contradicted',
    meaning: 'Strong evidence shows it is false.',
  },
  'not-checkable': {
    tone: 'neutral',
    rating: undefined,
    label: 'Not checkable',
    meaning: 'A stated aim, position or prediction, not a factual claim (e.g. "weapons will only prolong the war").',
  },
} as const;
export type ClaimStatus = keyof typeof CLAIM_STATUSES;
export const CLAIM_STATUS_VALUES = Object.keys(CLAIM_STATUSES) as [ClaimStatus, ...ClaimStatus[]];

/** What kind of actor a page is about. */
export const ACTOR_KINDS = {
  person: 'Person',
  government: 'Government',
  ministry: 'Ministry or department',
  agency: 'Agency or office',
  'armed-forces': 'Armed forces',
  company: 'Company',
  media: 'Media outlet',
  alliance: 'Union or alliance',
  'international-organization': 'International organization',
} as const;
export type ActorKind = keyof typeof ACTOR_KINDS;
export const ACTOR_KIND_VALUES = Object.keys(ACTOR_KINDS) as [ActorKind, ...ActorKind[]];

/** What kind of weapon system a page is about. */
export const WEAPON_CATEGORIES = {
  'loitering-munition': 'Loitering munition (one-way attack drone)',
  'combat-drone': 'Combat and reconnaissance drone',
  'ballistic-missile': 'Ballistic missile',
  'air-defence-system': 'Surface-to-air missile system',
  'air-to-air-missile': 'Air-to-air missile',
  'rocket-launcher': 'Rocket launcher',
} as const;
export type WeaponCategory = keyof typeof WEAPON_CATEGORIES;
export const WEAPON_CATEGORY_VALUES = Object.keys(WEAPON_CATEGORIES) as [WeaponCategory, ...WeaponCategory[]];

/** The kinds of source of the content guide. State-affiliated media are always labelled. */
export const SOURCE_KINDS = {
  government: 'Government',
  'news-agency': 'News agency',
  newspaper: 'Newspaper',
  broadcaster: 'Broadcaster',
  'state-affiliated-media': 'State-affiliated media',
  'think-tank': 'Think tank',
  company: 'Company',
  'reference-work': 'Reference work',
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;
export const SOURCE_KIND_VALUES = Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]];

/**
 * How the copy of a source that was read relates to the original report: what readers see
 * after "read in …" (src/components/SourceList.astro). A reproduction is a government or
 * other primary text reproduced by a third party, such as a wiki.
 */
export const COPY_RELATIONS = {
  'wire-copy': 'wire copy',
  syndication: 'syndicated copy',
  translation: 'translation',
  transcript: 'third-party transcript',
  archive: 'archived copy',
  reproduction: 'reproduced text',
} as const;
export type CopyRelation = keyof typeof COPY_RELATIONS;
export const COPY_RELATION_VALUES = Object.keys(COPY_RELATIONS) as [CopyRelation, ...CopyRelation[]];

/** How precisely an event's date is known; a month-only date is shown as "November 2022". */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The entity collections: the ones with a page per entry, linkable by id or alias. */
export const ENTITY_COLLECTIONS = ['actors', 'weapons', 'claims'] as const;
export type EntityCollection = (typeof ENTITY_COLLECTIONS)[number];

/** Singular reader-facing names of each entity collection. */
export const ENTITY_TYPE_LABELS: Record<EntityCollection, string> = {
  actors: 'Actor',
  weapons: 'Weapon system',
  claims: 'Disputed claim',
};

/**
 * The day the source article was published (PressTV, 9 November 2022; RT carried the
 * same story on 8 November). A claim's "status when the article was published" is its
 * status on this day.
 */
export const ARTICLE_DATE = new Date('2022-11-09T00:00:00Z');

/** Plural reader-facing names of each entity collection, as section names. */
export const ENTITY_SECTION_LABELS: Record<EntityCollection, { short: string; long: string }> = {
  claims: { short: 'Claims', long: 'Disputed claims' },
  actors: { short: 'Actors', long: 'Actors' },
  weapons: { short: 'Weapons', long: 'Weapon systems' },
};

/** One section of the site: its path inside the site, its name in the header, and its longer name in lists. */
export interface Section {
  path: string;
  short: string;
  long: string;
}

/**
 * The site's sections in the order the header lists them: every entity collection's
 * index first (so a new collection appears by itself), then the site's other pages.
 */
export const SECTIONS: readonly Section[] = [
  ...ENTITY_COLLECTIONS.map((c) => ({ path: `/${c}/`, ...ENTITY_SECTION_LABELS[c] })),
  { path: '/timeline/', short: 'Timeline', long: 'Timeline' },
  { path: '/glossary/', short: 'Glossary', long: 'Glossary' },
  { path: '/sources/', short: 'Sources', long: 'Sources' },
  { path: '/about/', short: 'About', long: 'About this site' },
];

/**
 * The kinds of note in a page's corrections log (the about page states the policy): a
 * correction fixes a fact that was wrong, a clarification makes a true statement harder
 * to misread, an update records something that changed after the page was written.
 */
export const CORRECTION_KINDS = {
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
} as const;
export type CorrectionKind = keyof typeof CORRECTION_KINDS;
export const CORRECTION_KIND_VALUES = Object.keys(CORRECTION_KINDS) as [CorrectionKind, ...CorrectionKind[]];
