/**
 * The content collections and their schemas. Contributors edit files under `content/`;
 * these schemas decide what a file must hold, and their messages say how to fix it.
 * Every field carries a doc comment; cross-collection links are typed `reference()`s,
 * which the knowledge graph (src/lib/graph.ts) then checks, because Astro only logs a
 * reference to a missing entry.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  ACTOR_KIND_VALUES,
  CLAIM_STATUS_VALUES,
  DATE_PRECISIONS,
  SOURCE_KIND_VALUES,
  WEAPON_CATEGORY_VALUES,
} from './lib/vocabulary.ts';

/**
 * Where the content lives. Tests point this at a fixture set (`EXPLAINER_CONTENT=
 * tests/fixtures/<case>`) to prove that broken content fails the build.
 */
const root = process.env.EXPLAINER_CONTENT ?? 'content';

/** A date written as `2022-11-08`. YAML reads an unquoted date as a date; quoted, it is coerced. */
const date = (what: string) =>
  z.coerce.date({ error: `${what} must be a date written as YYYY-MM-DD, e.g. 2022-11-08.` });

/** A non-empty line of text. */
const text = (what: string) => z.string({ error: `${what} must be text.` }).trim().min(1, `${what} must not be empty.`);

/** One or more sources, by id (file name in content/sources/ without `.yaml`). */
const sources = z
  .array(reference('sources'), { error: 'sources must be a list of source ids, e.g. [kyiv-independent-2022-11-08].' })
  .min(1, 'List at least one source id: every fact on the site is sourced.');

/** Names a page also goes by: the story's spellings, other transliterations, designations. */
const aliases = z.array(text('An alias')).default([]);

/** The two-sentence summary a newcomer can follow; shown at the top of the page and in lists. */
const summary = text('summary').refine((s) => s.length <= 600, 'summary must be at most 600 characters: two sentences.');

/** A statement made by an actor on a date, as reported by sources (claimants and deniers). */
const statement = z.object({
  /** Who made the statement. */
  actor: reference('actors'),
  /** When it was made. */
  date: date('date'),
  /** What they said, in the site's words or as a short quote. */
  said: text('said'),
  /** Where it is reported. */
  sources,
});

const contentGlob = (collection: string, pattern: string) =>
  glob({ base: `./${root}/${collection}`, pattern });

/** People, governments, ministries, armed forces, companies, media outlets, alliances. */
const actors = defineCollection({
  loader: contentGlob('actors', '**/*.mdx'),
  schema: z.object({
    /** The current English standard name, e.g. "Mykhailo Podolyak". */
    title: text('title'),
    /** What kind of actor this is. */
    kind: z.enum(ACTOR_KIND_VALUES, { error: `kind must be one of: ${ACTOR_KIND_VALUES.join(', ')}.` }),
    /** The country the actor belongs to, in English ("Ukraine"); omit for international bodies. */
    country: text('country').optional(),
    /** Other names, including the story's spellings ("Mikhail Podoliak", "Podoliak"). */
    aliases,
    summary,
    /** Positions held, each with its dates and sources; `to` is omitted while the role lasts. */
    roles: z
      .array(
        z.object({
          /** The position, e.g. "Pentagon Press Secretary". */
          title: text('A role title'),
          /** The organization the role is held in, when it has a page. */
          organization: reference('actors').optional(),
          /** When the role began, if known. */
          from: date('from').optional(),
          /** When the role ended; omit while it lasts. */
          to: date('to').optional(),
          /** The date the role was last confirmed by a source, for roles that may have changed since. */
          asOf: date('asOf').optional(),
          sources,
        }),
      )
      .default([]),
    /** Organizations this actor is part of (a ministry of a government, a spokesman of a department). */
    partOf: z.array(reference('actors')).default([]),
    /** For media outlets: owned or controlled by a state, and labelled as such wherever cited. */
    stateAffiliated: z.boolean().default(false),
  }),
});

/** Weapon systems: drones, missiles, air defence systems, launchers. */
const weapons = defineCollection({
  loader: contentGlob('weapons', '**/*.mdx'),
  schema: z.object({
    /** The standard English name, e.g. "Shahed-136". */
    title: text('title'),
    /** What kind of system this is. */
    category: z.enum(WEAPON_CATEGORY_VALUES, {
      error: `category must be one of: ${WEAPON_CATEGORY_VALUES.join(', ')}.`,
    }),
    /** Country of origin, in English. */
    origin: text('origin'),
    /** Other names and designations ("Geran-2", "MGM-140"). */
    aliases,
    summary,
    /** Designers and manufacturers, by actor id. */
    makers: z.array(reference('actors')).default([]),
    /** Who operates it: each with a name, its page if one exists, since when, and sources. */
    operators: z
      .array(
        z.object({
          /** The operator as a reader knows it, e.g. "Norway" or "US Army". */
          name: text('An operator name'),
          /** The operator's page, when it has one. */
          actor: reference('actors').optional(),
          /** Since when, as precisely as the source says ("2022-11", "1990s"). */
          since: text('since').optional(),
          sources,
        }),
      )
      .default([]),
    /**
     * Specifications as published, one row per figure per source, never one "true" number:
     * the same label may appear several times with different values and sources.
     */
    specs: z
      .array(
        z.object({
          /** What is measured, e.g. "Range". */
          label: text('A spec label'),
          /** The figure as the source gives it, e.g. "up to 300 km". */
          value: text('A spec value'),
          /** Who published it. */
          source: reference('sources'),
          /** When the source published or last confirmed it. */
          asOf: date('asOf'),
          /** A caveat, e.g. which version the figure is for. */
          note: text('note').optional(),
        }),
      )
      .default([]),
    /** First use in combat or first fielding, if a source says. */
    firstUse: z
      .object({
        /** What happened, e.g. "Initial fielding with the US Army". */
        text: text('firstUse.text'),
        /** When, as precisely as the source says. */
        date: text('firstUse.date'),
        sources,
      })
      .optional(),
  }),
});

/** Disputed claims: who asserted what, who denied it, the evidence, and how its status moved. */
const claims = defineCollection({
  loader: contentGlob('claims', '**/*.mdx'),
  schema: z.object({
    /** A short name for the claim, e.g. "Iran delivered ballistic missiles to Russia". */
    title: text('title'),
    /** The claim in one sentence, attributed: who claims what. */
    claim: text('claim'),
    /** Other ways the claim is referred to. */
    aliases,
    summary,
    /** Who asserted it, when, and where that is reported. At least one. */
    claimants: z.array(statement).min(1, 'A claim needs at least one claimant: who asserted it?'),
    /** Who denied or disputed it, when, and where that is reported. */
    deniers: z.array(statement).default([]),
    /**
     * How the claim's status changed, oldest first: each change with its date, the new status,
     * one sentence of why and its sources. The status when the article was published and the
     * latest status are read from this list, so they are never written twice.
     */
    history: z
      .array(
        z.object({
          /** When the status changed. */
          date: date('date'),
          /** The new status on the content guide's scale. */
          status: z.enum(CLAIM_STATUS_VALUES, {
            error: `status must be one of: ${CLAIM_STATUS_VALUES.join(', ')} (quote it in YAML).`,
          }),
          /** One sentence of why. */
          why: text('why'),
          sources,
        }),
      )
      .min(1, 'A claim needs a status history with at least its status when the article was published.'),
    /** The date the latest status was last checked against the sources. */
    checked: date('checked'),
    /** True when the claim rests on a single source; the page then says so plainly. */
    singleSource: z.boolean().default(false),
    /** Weapon systems the claim concerns. */
    weapons: z.array(reference('weapons')).default([]),
    /** Actors the claim concerns (beyond its claimants and deniers). */
    actors: z.array(reference('actors')).default([]),
  }),
});

/** The bibliography: one file per source. */
const sourcesCollection = defineCollection({
  loader: contentGlob('sources', '**/*.yaml'),
  schema: z.object({
    /** The headline or title, as published. */
    title: text('title'),
    /** Who published it, e.g. "Kyiv Independent". */
    publisher: text('publisher'),
    /** When it was published. */
    date: date('date'),
    /** The original publisher's address (never a proxy, mirror or scraper). */
    url: z.url({ error: 'url must be a full address starting with https://' }),
    /** Where a copy can be read when the original is gone; the original is still cited. */
    copyUrl: z.url().optional(),
    /** What kind of source this is; state-affiliated media are labelled wherever cited. */
    kind: z.enum(SOURCE_KIND_VALUES, { error: `kind must be one of: ${SOURCE_KIND_VALUES.join(', ')}.` }),
    /** The language it is written in, as a BCP 47 tag ("en", "pl"). */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'language must be a language tag such as "en".').default('en'),
    /** When a contributor last checked that it says what the site cites it for. */
    accessed: date('accessed'),
    /** Why a reader should weigh it with care, e.g. "machine translation of a Norwegian report". */
    caution: text('caution').optional(),
  }),
});

/** The timeline: one file per event. */
const events = defineCollection({
  loader: contentGlob('events', '**/*.yaml'),
  schema: z.object({
    /** When it happened (for a month-only date, the first of the month with precision "month"). */
    date: date('date'),
    /** How precisely the date is known. */
    precision: z.enum(DATE_PRECISIONS).default('day'),
    /** What happened, in one short line. */
    title: text('title'),
    /** One or two sentences of detail, attributed where contested. */
    text: text('text'),
    /** Actors involved. */
    actors: z.array(reference('actors')).default([]),
    /** Weapon systems involved. */
    weapons: z.array(reference('weapons')).default([]),
    /** Claims the event bears on. */
    claims: z.array(reference('claims')).default([]),
    sources,
  }),
});

/** Acronyms and terms, written once and applied everywhere by the build. */
const glossary = defineCollection({
  loader: contentGlob('glossary', '**/*.yaml'),
  schema: z.object({
    /** The term as usually written, e.g. "NASAMS". */
    term: text('term'),
    /** What it stands for, e.g. "National Advanced Surface-to-Air Missile System". */
    expansion: text('expansion'),
    /** One plain sentence saying what it is. */
    definition: text('definition'),
    /** Other forms: plurals, spellings and designations ("UAVs", "DOD", "MGM-140"). */
    variants: z.array(text('A variant')).default([]),
    /** The id of the page the term stands for, when there is one. */
    entity: text('entity').optional(),
    /** Sources, where the expansion is not common knowledge. */
    sources: z.array(reference('sources')).default([]),
  }),
});

export const collections = { actors, weapons, claims, sources: sourcesCollection, events, glossary };
