/**
 * The schema of every collection: what a content file must hold, with messages that say
 * how to fix it. src/content.config.ts hands these to Astro; the content check
 * (src/lib/content-check.ts) runs the same schemas before the build, so every mistake
 * is reported at once with its file and line. Cross-collection links are made by `ref`,
 * which is Astro's `reference()` in the build and a plain id in the check; the knowledge
 * graph (src/lib/graph.ts) checks that each one exists.
 *
 * The schemas check shape only. Completeness (at least one source, claimant and status
 * change) is checked by the content audit (src/lib/audit.ts), so a draft made by
 * `npm run new` is valid before its facts are filled in.
 */
import { z } from 'astro/zod';
import {
  ACTOR_KIND_VALUES,
  CLAIM_STATUS_VALUES,
  DATE_PRECISIONS,
  SOURCE_KIND_VALUES,
  WEAPON_CATEGORY_VALUES,
} from './vocabulary.ts';

/** The collections, as folders under the content root. */
export type CollectionName = 'actors' | 'weapons' | 'claims' | 'sources' | 'events' | 'glossary';

/** Makes the field type for a link to an entry of another collection, written as its id. */
export type Ref = <C extends CollectionName>(collection: C) => z.ZodType<{ collection: C; id: string }, string>;

/** A reference that is only a well-formed id, for checking files outside Astro. */
export const plainRef: Ref = (collection) => z.string().transform((id) => ({ collection, id }));

/** How a value YAML read on its own terms is described in a message. */
function described(input: unknown): string {
  if (input === undefined) return 'missing';
  if (typeof input === 'boolean' || input === null) return `${String(input)} (YAML reads an unquoted ${String(input)} as a ${input === null ? 'null' : 'true/false value'}, not text)`;
  if (input instanceof Date) return `a date (${input.toISOString().slice(0, 10)})`;
  if (typeof input === 'number') return `the number ${input}`;
  if (typeof input === 'string') return `"${input}"`;
  return Array.isArray(input) ? 'a list' : 'a group of fields';
}

/** A required enum whose message lists the allowed values and says what YAML read instead. */
function oneOf<const T extends readonly [string, ...string[]]>(what: string, values: T) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `${what} is missing; it must be one of: ${values.join(', ')}.`
        : `${what} is ${described(issue.input)}; it must be one of: ${values.join(', ')} (quote it in YAML).`,
  });
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date written as `2022-11-08`. An unquoted date may arrive as a Date already; a quoted
 * one is checked to be a real day, so `2022-02-30` is refused rather than read as 2 March.
 */
const date = (what: string) =>
  z.preprocess(
    (v) => {
      if (typeof v !== 'string' || !ISO_DAY.test(v.trim())) return v;
      const d = new Date(`${v.trim()}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v.trim()) ? d : v;
    },
    z.date({
      error: (issue) =>
        issue.input === undefined
          ? `${what} is missing; write a date as YYYY-MM-DD, e.g. 2022-11-08.`
          : `${what} is ${described(issue.input)}, not a real date; write it as YYYY-MM-DD, e.g. 2022-11-08.`,
    }),
  );

/** A non-empty line of text. */
const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is missing.` : `${what} is ${described(issue.input)}; it must be text (quote it in YAML).`) })
    .trim()
    .min(1, `${what} must not be empty.`);

/** A true/false setting. */
const flag = (what: string) => z.boolean({ error: (issue) => `${what} is ${described(issue.input)}; write true or false.` });

/** A list of something, with a message that shows the list form. */
const list = <T extends z.ZodType>(what: string, item: T, example: string) =>
  z.array(item, { error: (issue) => `${what} is ${described(issue.input)}; it must be a list, e.g. ${example}.` }).default([]);

/** Marks a file made by `npm run new` that is not finished: it is checked, but not published. */
const draft = flag('draft').default(false);

/**
 * Builds the schemas of all collections. Objects are strict, so a misspelt field name
 * (`aliasses:`) is reported instead of silently ignored.
 */
export function collectionSchemas(ref: Ref) {
  /** Sources, by id (file name in content/sources/ without `.yaml`). */
  const sources = list('sources', ref('sources'), '[kyiv-independent-2022-11-08]');

  /** Names a page also goes by: the story's spellings, other transliterations, designations. */
  const aliases = list('aliases', text('An alias'), '["Geran-2", "Geran 2"]');

  /** The two-sentence summary a newcomer can follow; shown at the top of the page and in lists. */
  const summary = text('summary').refine((s) => s.length <= 600, 'summary must be at most 600 characters: two sentences.');

  /** A statement made by an actor on a date, as reported by sources (claimants and deniers). */
  const statement = z.strictObject({
    /** Who made the statement. */
    actor: ref('actors'),
    /** When it was made. */
    date: date('date'),
    /** What they said, in the site's words or as a short quote. */
    said: text('said'),
    /** Where it is reported. */
    sources,
  });

  /** People, governments, ministries, armed forces, companies, media outlets, alliances. */
  const actors = z.strictObject({
    draft,
    /** The current English standard name, e.g. "Mykhailo Podolyak". */
    title: text('title'),
    /** What kind of actor this is. */
    kind: oneOf('kind', ACTOR_KIND_VALUES),
    /** The country the actor belongs to, in English ("Ukraine"); omit for international bodies. */
    country: text('country').optional(),
    /** Other names, including the story's spellings ("Mikhail Podoliak", "Podoliak"). */
    aliases,
    summary,
    /** Positions held, each with its dates and sources; `to` is omitted while the role lasts. */
    roles: list(
      'roles',
      z.strictObject({
        /** The position, e.g. "Pentagon Press Secretary". */
        title: text('A role title'),
        /** The organization the role is held in, when it has a page. */
        organization: ref('actors').optional(),
        /** When the role began, if known. */
        from: date('from').optional(),
        /** When the role ended; omit while it lasts. */
        to: date('to').optional(),
        /** The date the role was last confirmed by a source, for roles that may have changed since. */
        asOf: date('asOf').optional(),
        sources,
      }),
      '[{ title: …, from: 2022-08-01, sources: [...] }]',
    ),
    /** Organizations this actor is part of (a ministry of a government, a spokesman of a department). */
    partOf: list('partOf', ref('actors'), '[us-department-of-defense]'),
    /** For media outlets: owned or controlled by a state, and labelled as such wherever cited. */
    stateAffiliated: flag('stateAffiliated').default(false),
  });

  /** Weapon systems: drones, missiles, air defence systems, launchers. */
  const weapons = z.strictObject({
    draft,
    /** The standard English name, e.g. "Shahed-136". */
    title: text('title'),
    /** What kind of system this is. */
    category: oneOf('category', WEAPON_CATEGORY_VALUES),
    /** Country of origin, in English. */
    origin: text('origin'),
    /** Other names and designations ("Geran-2", "MGM-140"). */
    aliases,
    summary,
    /** Designers and manufacturers, by actor id. */
    makers: list('makers', ref('actors'), '[raytheon, kongsberg]'),
    /** Who operates it: each with a name, its page if one exists, since when, and sources. */
    operators: list(
      'operators',
      z.strictObject({
        /** The operator as a reader knows it, e.g. "Norway" or "US Army". */
        name: text('An operator name'),
        /** The operator's page, when it has one. */
        actor: ref('actors').optional(),
        /** Since when, as precisely as the source says ("2022-11", "1990s"). */
        since: text('since').optional(),
        sources,
      }),
      '[{ name: Norway, sources: [...] }]',
    ),
    /**
     * Specifications as published, one row per figure per source, never one "true" number:
     * the same label may appear several times with different values and sources.
     */
    specs: list(
      'specs',
      z.strictObject({
        /** What is measured, e.g. "Range". */
        label: text('A spec label'),
        /** The figure as the source gives it, e.g. "up to 300 km". */
        value: text('A spec value'),
        /** Who published it. */
        source: ref('sources'),
        /** When the source published or last confirmed it. */
        asOf: date('asOf'),
        /** A caveat, e.g. which version the figure is for. */
        note: text('note').optional(),
      }),
      '[{ label: Range, value: "up to 300 km", source: …, asOf: 2022-11-08 }]',
    ),
    /** First use in combat or first fielding, if a source says. */
    firstUse: z
      .strictObject({
        /** What happened, e.g. "Initial fielding with the US Army". */
        text: text('firstUse.text'),
        /** When, as precisely as the source says. */
        date: text('firstUse.date'),
        sources,
      })
      .optional(),
  });

  /** Disputed claims: who asserted what, who denied it, the evidence, and how its status moved. */
  const claims = z.strictObject({
    draft,
    /** A short name for the claim, e.g. "Iran delivered ballistic missiles to Russia". */
    title: text('title'),
    /** The claim in one sentence, attributed: who claims what. */
    claim: text('claim'),
    /** Other ways the claim is referred to. */
    aliases,
    summary,
    /** Who asserted it, when, and where that is reported. The audit requires at least one. */
    claimants: list('claimants', statement, '[{ actor: …, date: …, said: …, sources: [...] }]'),
    /** Who denied or disputed it, when, and where that is reported. */
    deniers: list('deniers', statement, '[{ actor: …, date: …, said: …, sources: [...] }]'),
    /**
     * How the claim's status changed, oldest first: each change with its date, the new status,
     * one sentence of why and its sources. The status when the article was published and the
     * latest status are read from this list, so they are never written twice.
     */
    history: list(
      'history',
      z.strictObject({
        /** When the status changed. */
        date: date('date'),
        /** The new status on the content guide's scale. */
        status: oneOf('status', CLAIM_STATUS_VALUES),
        /** One sentence of why. */
        why: text('why'),
        sources,
      }),
      '[{ date: 2022-11-09, status: "disputed", why: …, sources: [...] }]',
    ),
    /** The date the latest status was last checked against the sources. */
    checked: date('checked'),
    /** True when the claim rests on a single source; the page then says so plainly. */
    singleSource: flag('singleSource').default(false),
    /** Weapon systems the claim concerns. */
    weapons: list('weapons', ref('weapons'), '[shahed-136]'),
    /** Actors the claim concerns (beyond its claimants and deniers). */
    actors: list('actors', ref('actors'), '[iran]'),
  });

  /** The bibliography: one file per source. */
  const sourceEntry = z.strictObject({
    draft,
    /** The headline or title, as published. */
    title: text('title'),
    /** Who published it, e.g. "Kyiv Independent". */
    publisher: text('publisher'),
    /** When it was published. */
    date: date('date'),
    /** The original publisher's address (never a proxy, mirror or scraper). */
    url: z.url({ protocol: /^https?$/, error: 'url must be a full address starting with https://' }),
    /** Where a copy can be read when the original is gone; the original is still cited. */
    copyUrl: z.url({ protocol: /^https?$/, error: 'copyUrl must be a full address starting with https://' }).optional(),
    /** What kind of source this is; state-affiliated media are labelled wherever cited. */
    kind: oneOf('kind', SOURCE_KIND_VALUES),
    /** The language it is written in, as a BCP 47 tag ("en", "pl"). */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'language must be a language tag such as "en".').default('en'),
    /** When a contributor last checked that it says what the site cites it for. */
    accessed: date('accessed'),
    /** Why a reader should weigh it with care, e.g. "machine translation of a Norwegian report". */
    caution: text('caution').optional(),
  });

  /** The timeline: one file per event. */
  const events = z.strictObject({
    draft,
    /** When it happened (for a month-only date, the first of the month with precision "month"). */
    date: date('date'),
    /** How precisely the date is known. */
    precision: oneOf('precision', DATE_PRECISIONS).default('day'),
    /** What happened, in one short line. */
    title: text('title'),
    /** One or two sentences of detail, attributed where contested. */
    text: text('text'),
    /** Actors involved. */
    actors: list('actors', ref('actors'), '[iran]'),
    /** Weapon systems involved. */
    weapons: list('weapons', ref('weapons'), '[shahed-136]'),
    /** Claims the event bears on. */
    claims: list('claims', ref('claims'), '[iran-drones-to-russia]'),
    /** Where it is reported. The audit requires at least one. */
    sources,
  });

  /** Acronyms and terms, written once and applied everywhere by the build. */
  const glossary = z.strictObject({
    draft,
    /** The term as usually written, e.g. "NASAMS". */
    term: text('term'),
    /** What it stands for, e.g. "National Advanced Surface-to-Air Missile System". */
    expansion: text('expansion'),
    /** One plain sentence saying what it is. */
    definition: text('definition'),
    /** Other forms: plurals, spellings and designations ("UAVs", "DOD", "MGM-140"). */
    variants: list('variants', text('A variant'), '[UAVs]'),
    /** The id of the page the term stands for, when there is one. */
    entity: text('entity').optional(),
    /** Sources, where the expansion is not common knowledge. */
    sources,
  });

  return { actors, weapons, claims, sources: sourceEntry, events, glossary } satisfies Record<CollectionName, z.ZodType>;
}

/** The file extension each collection's entries are written in. */
export const COLLECTION_FORMATS: Record<CollectionName, 'mdx' | 'yaml'> = {
  actors: 'mdx',
  weapons: 'mdx',
  claims: 'mdx',
  sources: 'yaml',
  events: 'yaml',
  glossary: 'yaml',
};
