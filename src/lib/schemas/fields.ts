/**
 * The building blocks of the collection schemas: field types whose messages say what YAML
 * read and how to fix it, and the fields several collections share. Each field's
 * description is given once, with zod's `.meta({ description })`, where the field is
 * used; `npm run new`'s templates and CONTRIBUTING.md's field tables are made from them
 * (scripts/lib/schema-docs.ts).
 */
import { z } from 'astro/zod';
import { CORRECTION_KIND_VALUES } from '../vocabulary.ts';
import { NATIVE_LANGUAGES, nativeLanguage, primaryLanguage, scriptMismatch } from '../native-names.ts';

/** The collections, as folders under the content root. */
export type CollectionName = 'actors' | 'weapons' | 'claims' | 'sources' | 'events' | 'glossary';

/** Makes the field type for a link to an entry of another collection, written as its id. */
export type RefField = <C extends CollectionName>(collection: C) => z.ZodType<{ collection: C; id: string }, string>;

/** A reference that is only a well-formed id, for checking files outside Astro. */
export const plainRef: RefField = (collection) => z.string().transform((id) => ({ collection, id }));

/** How a value YAML read on its own terms is described in a message. */
function described(input: unknown): string {
  if (input === undefined) return 'missing';
  if (typeof input === 'boolean' || input === null)
    return `${String(input)} (YAML reads an unquoted ${String(input)} as a ${input === null ? 'null' : 'true/false value'}, not text)`;
  if (input instanceof Date) return `a date (${input.toISOString().slice(0, 10)})`;
  if (typeof input === 'number') return `the number ${input}`;
  if (typeof input === 'string') return `"${input}"`;
  return Array.isArray(input) ? 'a list' : 'a group of fields';
}

/** A required enum whose message lists the allowed values and says what YAML read instead. */
export function oneOf<const T extends readonly [string, ...string[]]>(what: string, values: T) {
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
export const date = (what: string) =>
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
export const text = (what: string) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `${what} is missing.` : `${what} is ${described(issue.input)}; it must be text (quote it in YAML).`),
    })
    .trim()
    .min(1, `${what} must not be empty.`);

/** A true/false setting. */
export const flag = (what: string) => z.boolean({ error: (issue) => `${what} is ${described(issue.input)}; write true or false.` });

/** A list of something, with a message that shows the list form. */
export const list = <T extends z.ZodType>(what: string, item: T, example: string) =>
  z.array(item, { error: (issue) => `${what} is ${described(issue.input)}; it must be a list, e.g. ${example}.` }).default([]);

/** Marks a file made by `npm run new` that is not finished: it is checked, but not published. */
export const draft = flag('draft')
  .default(false)
  .meta({ description: 'Marks a file made by `npm run new` that is not finished: it is checked, but not published.' });

/** The fields several collections share, built with the collection's kind of reference. */
export function sharedFields(ref: RefField) {
  return {
    corrections: list(
      'corrections',
      z.strictObject({
        date: date("A correction's date").meta({ description: 'The day the change was made on the site.' }),
        kind: oneOf("A correction's kind", CORRECTION_KIND_VALUES).meta({
          description: 'One of correction (a fact was wrong), clarification (a true statement was easy to misread) or update (something changed later).',
        }),
        section: z
          .string()
          .regex(/^[a-z0-9][a-z0-9-]*$/, 'A correction\'s section must be the id of a heading or entry on the page, e.g. "evidence".')
          .optional()
          .meta({ description: 'The id of the heading or entry the change is in, so readers can go to it.' }),
        text: text("A correction's text").meta({ description: 'What was wrong or unclear and what the page says now, in a sentence or two.' }),
        sources: list("A correction's sources", ref('sources'), '[kyiv-independent-2022-11-08]').meta({
          description: 'The sources that show the change is right, by id.',
        }),
      }),
      '[{ date: 2026-12-01, kind: "correction", text: "…" }]',
    ).meta({
      description:
        "The page's corrections log, oldest first: every change of fact, with its date, kind and sources. Listed at the end of the page and on /corrections/.",
    }),
    /** Sources, by id (file name in content/sources/ without `.yaml`); each use says what they report. */
    sources: list('sources', ref('sources'), '[kyiv-independent-2022-11-08]'),
    nativeNames: nativeNames(ref),
    descriptiveNames: list(
      'descriptiveNames',
      z.strictObject({
        name: text('A descriptive name').meta({ description: 'What readers call it without naming it, e.g. "kamikaze drone" or "Pentagon spokesman".' }),
        context: text("A descriptive name's context").meta({
          description: 'Who uses the description or when it applies, shown beside it, e.g. "a loaded term news reports used for it" or "as of November 2022".',
        }),
        sources: list("A descriptive name's sources", ref('sources'), '[kyiv-independent-2022-10-17-first-drone-attack-on-kyiv]')
          .refine((s) => s.length > 0, 'A descriptive name needs at least one source that uses it so.')
          .meta({ description: 'Where it is described so, by source id.' }),
      }),
      '[{ name: "kamikaze drone", context: "…", sources: [...] }]',
    ).meta({
      description:
        'Descriptions readers type instead of a name ("kamikaze drone"), each with its context and sources: shown in the fact box, attributed, and leading search to the page.',
    }),
    /** Names a page also goes by; each collection describes its own. */
    aliases: list('aliases', text('An alias'), '["Geran-2", "Geran 2"]'),
    summary: text('summary')
      .refine((s) => s.length <= 600, 'summary must be at most 600 characters: two sentences.')
      .meta({
        description:
          'The two-sentence summary a newcomer can follow; shown at the top of the page and in lists, and its first sentence in link previews, so it should stand on its own.',
      }),
  };
}

const NATIVE_CODES = Object.keys(NATIVE_LANGUAGES).join(', ');

/**
 * Names in their own scripts, each with a BCP 47 language tag whose script the name must
 * be written in (a Latin name tagged "fa" is refused), and sources like any other fact.
 */
function nativeNames(ref: RefField) {
  const name = z
    .strictObject({
      name: text('A native name').meta({ description: 'The name as written in its language, e.g. "Володимир Зеленський".' }),
      lang: z
        .string({ error: 'A native name needs lang: its language tag, e.g. "uk".' })
        .refine((tag) => primaryLanguage(tag) !== undefined, {
          message: `lang is not a valid BCP 47 language tag; native names are given in ${NATIVE_CODES} only (a name in Latin letters belongs in aliases).`,
        })
        .refine((tag) => primaryLanguage(tag) === undefined || nativeLanguage(tag) !== undefined, {
          message: `lang must be the tag of one of the languages native names are given in: ${NATIVE_CODES}.`,
        })
        .meta({ description: `Its BCP 47 language tag: one of ${NATIVE_CODES}.` }),
      transliteration: text('A transliteration')
        .optional()
        .meta({ description: 'How it is spelt in Latin letters, when that differs from the page title, e.g. "Volodymyr Zelenskyi".' }),
      sources: list("A native name's sources", ref('sources'), '[interfax-ukraine-2022-11-05-reznikov-report]')
        .refine((s) => s.length > 0, 'A native name needs at least one source that writes it so.')
        .meta({ description: 'Where the name is written so, by source id.' }),
    })
    .superRefine((n, ctx) => {
      const script = scriptMismatch(n.name, n.lang);
      if (script)
        ctx.addIssue({
          code: 'custom',
          path: ['name'],
          message: `"${n.name}" is tagged ${n.lang} but is not written in the ${script} script; give the name as written in ${n.lang}, or its Latin spelling as an alias.`,
        });
    });
  return list('nativeNames', name, '[{ name: "Володимир Зеленський", lang: "uk", sources: [...] }]').meta({
    description:
      'The name in the languages of the story (Ukrainian, Russian, Persian, Arabic), as written in their own scripts, each sourced: shown in the fact box, given to search engines and found by search.',
  });
}
