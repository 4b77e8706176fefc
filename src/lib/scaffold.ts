/**
 * The pure side of `npm run new -- <type> "<Name>"` (scripts/new.ts): the id a name gets,
 * whether it collides with content that exists, and the text of the new file.
 *
 * A new file is a draft (`draft: true`): the content check validates it, the build does
 * not publish it. Every fact the contributor must supply is marked TODO, in the value
 * where the value is text and in a comment on the line where it is a date, a choice or
 * an address, because the content audit refuses any published line that still holds the
 * word. Every field is written with a comment taken from its schema (src/lib/schemas.ts),
 * and optional fields as commented-out examples, so the file explains itself.
 */
import { kebabCase } from './content-check.ts';
import { nameKey } from './names.ts';
import { COLLECTION_FORMATS, type CollectionName } from './schemas.ts';
import {
  ACTOR_KIND_VALUES,
  ARTICLE_DATE,
  CLAIM_STATUS_VALUES,
  DATE_PRECISIONS,
  ENTITY_COLLECTIONS,
  SOURCE_KIND_VALUES,
  WEAPON_CATEGORY_VALUES,
} from './vocabulary.ts';

/** The types `npm run new` makes, each with the collection (folder) and extension of its files. */
export const ENTRY_TYPES = {
  actor: { collection: 'actors', extension: COLLECTION_FORMATS.actors },
  weapon: { collection: 'weapons', extension: COLLECTION_FORMATS.weapons },
  claim: { collection: 'claims', extension: COLLECTION_FORMATS.claims },
  source: { collection: 'sources', extension: COLLECTION_FORMATS.sources },
  event: { collection: 'events', extension: COLLECTION_FORMATS.events },
  term: { collection: 'glossary', extension: COLLECTION_FORMATS.glossary },
} as const satisfies Record<string, { collection: CollectionName; extension: 'mdx' | 'yaml' }>;

/** A type of entry `npm run new` makes: actor, weapon, claim, source, event or term. */
export type EntryType = keyof typeof ENTRY_TYPES;

/** True when `type` is one of the {@link ENTRY_TYPES}. */
export function isEntryType(type: string): type is EntryType {
  return Object.hasOwn(ENTRY_TYPES, type);
}

/** Ids are file names and URLs: long enough to say what the entry is, short enough to type. */
export const MAX_ID_LENGTH = 60;

/**
 * Letters that Unicode does not split into a base letter and an accent, so `kebabCase`
 * would drop them: "Støre" must become "store", not "st-re".
 */
const LETTERS: Record<string, string> = { æ: 'ae', œ: 'oe', ø: 'o', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * The id of a new entry: the name in kebab case, accents transliterated and apostrophes
 * dropped ("Russia's" → "russias", not "russia-s"), cut at a word boundary to at most
 * 60 characters. Empty when the name has no Latin letter or digit.
 *
 *   entryId('Mykhaïlo Podolyak') === 'mykhailo-podolyak'
 */
export function entryId(name: string): string {
  const latin = name
    .toLowerCase()
    .replace(/[æœøßłđðþı]/g, (c) => LETTERS[c] ?? c)
    .replace(/['’ʼ]/g, '');
  const id = kebabCase(latin);
  if (id.length <= MAX_ID_LENGTH) return id;
  // Look one character past the limit: a dash there means the first 60 end on a whole word.
  const end = id.slice(0, MAX_ID_LENGTH + 1).lastIndexOf('-');
  return end > 0 ? id.slice(0, end) : id.slice(0, MAX_ID_LENGTH);
}

/** True for actors, weapons and claims: the pages wikilinks resolve to, by id, title or alias. */
const isEntity = (collection: CollectionName) => (ENTITY_COLLECTIONS as readonly string[]).includes(collection);

/** How a name belongs to an entry, as said in a refusal ("is already an alias of …"). */
export type NameRole = 'id' | 'title' | 'alias' | 'term' | 'variant';

/** An entry that exists, with the names a new entry must not take from it. */
export interface ExistingEntry {
  collection: CollectionName;
  id: string;
  /** The file, as the contributor should be shown it, e.g. `content/weapons/nasams.mdx`. */
  file: string;
  /** Title and aliases of an actor, weapon or claim; term and variants of a glossary entry. */
  names: Array<{ name: string; as: NameRole }>;
}

/**
 * The names of an existing entry read from its data (an MDX file's frontmatter or a
 * YAML file), tolerating any shape: broken files are the content check's to report.
 */
export function existingEntry(collection: CollectionName, id: string, file: string, data: unknown): ExistingEntry {
  const d = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const texts = (v: unknown) => (Array.isArray(v) ? v : [v]).filter((s): s is string => typeof s === 'string');
  const names: ExistingEntry['names'] =
    collection === 'glossary'
      ? [...texts(d.term).map((name) => ({ name, as: 'term' as const })), ...texts(d.variants).map((name) => ({ name, as: 'variant' as const }))]
      : isEntity(collection)
        ? [...texts(d.title).map((name) => ({ name, as: 'title' as const })), ...texts(d.aliases).map((name) => ({ name, as: 'alias' as const }))]
        : [];
  return { collection, id, file, names };
}

const ROLE_WORDS: Record<NameRole, string> = { id: 'the id', title: 'the title', alias: 'an alias', term: 'the term', variant: 'a variant' };

/**
 * Why a new entry of `type` named `name` with id `id` may not be made, as one sentence
 * naming the file in the way, or undefined when it may. Names are compared by
 * {@link nameKey}, so case, accents and dashes do not make a name new.
 *
 * - No collection may hold the same id twice.
 * - An actor, weapon or claim may not take an id, title or alias of any of them:
 *   wikilinks resolve names across all three, so each name must mean one page.
 * - A term may not repeat a term or variant of the glossary.
 */
export function findCollision(type: EntryType, id: string, name: string, existing: readonly ExistingEntry[]): string | undefined {
  const { collection } = ENTRY_TYPES[type];
  // Lower case too: on a case-insensitive disk, NASAMS.mdx and nasams.mdx are one file.
  const same = existing.find((e) => e.collection === collection && e.id.toLowerCase() === id);
  if (same) return `${same.file} already exists. Edit that file, or choose a more specific name.`;

  const entity = isEntity(collection);
  if (!entity && type !== 'term') return undefined; // sources and events have no names to clash
  const nameKeyed = nameKey(name);
  const idKeyed = nameKey(id);
  const fix = entity ? 'Edit that page, or choose a more specific name.' : 'Edit that file, or choose a more specific name.';
  // A page's names are its id, title and aliases; a glossary entry's, its term and variants.
  for (const e of existing.filter((e) => (entity ? isEntity(e.collection) : e.collection === 'glossary'))) {
    const names = entity ? [{ name: e.id, as: 'id' as const }, ...e.names] : e.names;
    for (const n of names) {
      const key = nameKey(n.name);
      if (!key) continue;
      if (key === nameKeyed) return `"${name}" is already ${ROLE_WORDS[n.as]} ${n.as === 'variant' ? 'in' : 'of'} ${e.file}. ${fix}`;
      if (entity && key === idKeyed) {
        return `"${name}" would get the id "${id}", which is already ${ROLE_WORDS[n.as]} of ${e.file}; ids and names must be unique across actors, weapons and claims. Choose a more specific name.`;
      }
    }
  }
  return undefined;
}

/** What a template needs: the new entry's id, its name, and today's date as YYYY-MM-DD. */
export interface TemplateInput {
  id: string;
  name: string;
  today: string;
}

/** A YAML string: JSON's double-quoted strings are valid YAML and escape what needs it. */
const q = (s: string) => JSON.stringify(s);

/** The allowed values of an enum, for a comment. */
const oneOf = (values: readonly string[]) => `one of ${values.join(', ')}`;

const DRAFT = 'draft: true # A draft is checked but not published; delete this line when every TODO is done.';

/** "2022-11-09", the day the article appeared, for the claim template's history hint. */
const ARTICLE_DAY = ARTICLE_DATE.toISOString().slice(0, 10);

/** Comment lines showing the aliases field. */
const ALIASES = (...examples: string[]) => [
  '# Other names and spellings readers may meet, so [[links]] and search find the page:',
  '# aliases:',
  ...examples.map((a) => `#   - ${q(a)}`),
];

/** Comment lines showing a statement (a claimant or denier) as a list item. */
const STATEMENT = (actor: string, date: string, said: string, source: string) => [
  `#   - actor: ${q(actor)} # who made the statement, by actor id`,
  `#     date: ${date} # when it was made`,
  `#     said: ${q(said)} # what they said, in the site's words or as a short quote`,
  '#     sources: # where it is reported, by source id',
  `#       - ${q(source)}`,
];

/**
 * The MDX body: how to write the prose, then the one paragraph to replace. MDX allows
 * exactly one block comment per {…}, and no braces or comment end inside it.
 */
const BODY = (id: string, todo: string) => `
{/*
  How to write this page (CONTRIBUTING.md has the whole guide). Other pages link here with [[${id}]].
  - Start sections at ## (the title is the page's only # heading), e.g. ## In the story,
    ## Background, ## What is known, and what is not, ## Later developments.
  - Link to another page with [[id]] or [[id|shown text]], e.g. [[patrick-ryder|Patrick S. Ryder]].
  - Cite the source of every fact right after it with [@source-id], or [@one-id; @other-id].
  - Write acronyms plainly (NASAMS, not <abbr>): each is defined once in content/glossary/
    and explained wherever it appears.
  - Components need no import: <Aside title="…">a note readers may skip</Aside>,
    <Figure src="/images/….jpg" alt="…" width="1200" height="800" caption="… Photo: author (licence)" />
    for an image saved under public/images/, and <Quote by="name, role">quotation [@source-id]</Quote>.
  - No imports, no JavaScript, and no HTML beyond <br>, <sub>, <sup> and <span lang="…">.
  You may delete this comment when the page is written.
*/}

TODO: ${todo}
`;

const TEMPLATES: Record<EntryType, (input: TemplateInput) => string> = {
  actor: ({ id, name }) =>
    [
      '---',
      DRAFT,
      '# The current English standard name, e.g. "Mykhailo Podolyak".',
      `title: ${q(name)}`,
      '# What kind of actor this is.',
      `kind: ${q(ACTOR_KIND_VALUES[0])} # TODO: ${oneOf(ACTOR_KIND_VALUES)}`,
      '# The country the actor belongs to, in English; leave it out for international bodies.',
      '# country: "Ukraine"',
      ...ALIASES('Mikhail Podoliak', 'Podoliak'),
      '# The two-sentence summary a newcomer can follow; shown at the top of the page and in lists.',
      'summary: "TODO: two sentences: who this is and their part in the story."',
      '# Positions held, each with its dates and sources; leave out "to" while the role lasts.',
      '# roles:',
      '#   - title: "Pentagon Press Secretary" # the position',
      '#     organization: "us-department-of-defense" # the organization\'s actor id, when it has a page',
      '#     from: 2022-08-04 # when the role began, if known',
      '#     to: 2025-02-03 # when it ended; leave it out while the role lasts',
      '#     asOf: 2024-09-10 # the day a source last confirmed the role, if it may have changed since',
      '#     sources:',
      '#       - "fox-news-2022-08-04-pentagon-new-press-secretary"',
      '# Organizations this actor is part of, by actor id (a ministry of a government).',
      '# partOf:',
      '#   - "us-department-of-defense"',
      '# For media outlets: true when owned or controlled by a state; it is then labelled wherever cited.',
      '# stateAffiliated: true',
      '---',
      BODY(id, 'who this is and what they did in the story, each fact cited; then their background and what happened later.'),
    ].join('\n'),

  weapon: ({ id, name }) =>
    [
      '---',
      DRAFT,
      '# The standard English name, e.g. "Shahed-136".',
      `title: ${q(name)}`,
      '# What kind of system this is.',
      `category: ${q(WEAPON_CATEGORY_VALUES[0])} # TODO: ${oneOf(WEAPON_CATEGORY_VALUES)}`,
      '# Country of origin, in English.',
      'origin: "TODO: the country of origin, in English, e.g. Iran."',
      ...ALIASES('Geran-2', 'MGM-140'),
      '# The two-sentence summary a newcomer can follow; shown at the top of the page and in lists.',
      'summary: "TODO: two sentences: what this system is, who makes it, and its part in the story."',
      '# Designers and manufacturers, by actor id.',
      '# makers:',
      '#   - "kongsberg-defence-aerospace"',
      '# Who operates it, each with since when and sources.',
      '# operators:',
      '#   - name: "Ukraine" # the operator as a reader knows it',
      '#     actor: "government-of-ukraine" # its actor id, when it has a page',
      '#     since: "2022-11" # since when, as precisely as the source says ("2022-11", "1990s")',
      '#     sources:',
      '#       - "kyiv-independent-2022-11-08-nasams-delivered"',
      '# Specifications as published: one row per figure per source, never one "true" number.',
      '# specs:',
      '#   - label: "Range" # what is measured',
      '#     value: "up to 300 km" # the figure as the source gives it',
      '#     source: "kyiv-independent-2022-11-08-nasams-delivered" # who published it',
      '#     asOf: 2022-11-08 # when the source published or last confirmed it',
      '#     note: "for the export version" # a caveat, if any',
      '# First use in combat or first fielding, if a source says.',
      '# firstUse:',
      '#   text: "Initial fielding with the US Army" # what happened',
      '#   date: "1990s" # when, as precisely as the source says',
      '#   sources:',
      '#     - "behoerden-spiegel-2025-01-17-norwegen-nasams"',
      '---',
      BODY(id, 'what the article says about this system and what independent sources say, each fact cited; then its background and what happened later.'),
    ].join('\n'),

  claim: ({ id, name, today }) =>
    [
      '---',
      DRAFT,
      '# A short name for the claim, e.g. "Iran delivered ballistic missiles to Russia".',
      `title: ${q(name)}`,
      '# The claim in one sentence, attributed: who claims what.',
      'claim: "TODO: the claim in one sentence, attributed: who claims what."',
      ...ALIASES('Iranian missiles for Russia'),
      '# The two-sentence summary a newcomer can follow; shown at the top of the page and in lists.',
      'summary: "TODO: two sentences: what is claimed, by whom, and where it stands now."',
      '# Who asserted it, when, and where that is reported. At least one is required.',
      'claimants: [] # TODO: replace [] with one item per claimant, like the example below',
      ...STATEMENT('oleksii-reznikov', '2022-11-07', 'Wrote that NASAMS had arrived in Ukraine.', 'kyiv-independent-2022-11-07-nasams-aspide-arrive'),
      '# Who denied or disputed it, when, and where that is reported; items as for claimants.',
      '# deniers:',
      ...STATEMENT('patrick-ryder', '2022-09-27', 'Said the US had not yet delivered NASAMS to Ukraine.', 'benzinga-2022-09-27-us-hasnt-delivered-nasams'),
      `# How the status changed, oldest first, starting with the status on ${ARTICLE_DAY}, the day of the article.`,
      'history: [] # TODO: replace [] with one item per status change, like the example below',
      `#   - date: ${ARTICLE_DAY} # when the status changed`,
      `#     status: ${q(CLAIM_STATUS_VALUES[0])} # the new status: ${oneOf(CLAIM_STATUS_VALUES)}`,
      '#     why: "The supplying government confirmed the delivery." # one sentence of why',
      '#     sources:',
      '#       - "kyiv-independent-2022-11-08-nasams-delivered"',
      '# The day the latest status was last checked against the sources.',
      `checked: ${today} # TODO: the day you checked the latest status against the sources`,
      '# True when the claim rests on a single source; the page must then say so plainly.',
      '# singleSource: true',
      '# Weapon systems the claim concerns, by weapon id.',
      '# weapons:',
      '#   - "shahed-136"',
      '# Actors the claim concerns beyond its claimants and deniers, by actor id.',
      '# actors:',
      '#   - "iran"',
      '---',
      BODY(id, 'what the article says, what each side says and what the evidence shows, each fact cited; then how the status changed and why.'),
    ].join('\n'),

  source: ({ id, name, today }) =>
    [
      DRAFT,
      `# Pages cite a source by its id, the file name: [@${id}]. Source ids are usually`,
      '# <publisher>-<yyyy-mm-dd>-<words> (kyiv-independent-2022-11-08-nasams-delivered): rename the file to match before anything cites it.',
      '# The headline or title, as published.',
      `title: ${q(name)}`,
      '# Who published it.',
      'publisher: "TODO: who published it, e.g. Kyiv Independent."',
      '# When it was published.',
      `date: ${today} # TODO: the day it was published`,
      "# The original publisher's address (never a proxy, mirror or scraper).",
      'url: "https://example.org/TODO"',
      '# Where a copy can be read when the original is gone; the original is still cited.',
      '# copyUrl: "https://web.archive.org/web/2022/https://example.org/article"',
      '# What kind of source this is; state-affiliated media are labelled wherever cited.',
      `kind: ${q(SOURCE_KIND_VALUES[0])} # TODO: ${oneOf(SOURCE_KIND_VALUES)}`,
      '# The language it is written in, as a language tag ("en", "pl").',
      'language: "en" # TODO: the language it is written in',
      '# When a contributor last checked that it says what the site cites it for.',
      `accessed: ${today} # TODO: the day you checked it says what the site cites it for`,
      '# Why a reader should weigh it with care.',
      '# caution: "Machine translation of a Norwegian report."',
      '',
    ].join('\n'),

  event: ({ name, today }) =>
    [
      DRAFT,
      '# When it happened (for a month-only date, the first of the month with precision "month").',
      `date: ${today} # TODO: the day it happened`,
      `# How precisely the date is known, when not to the day: ${oneOf(DATE_PRECISIONS)}.`,
      '# precision: "month"',
      '# What happened, in one short line.',
      `title: ${q(name)}`,
      '# One or two sentences of detail, attributed where contested.',
      'text: "TODO: one or two sentences of detail, attributed where contested."',
      '# Actors involved, by actor id.',
      '# actors:',
      '#   - "iran"',
      '# Weapon systems involved, by weapon id.',
      '# weapons:',
      '#   - "shahed-136"',
      '# Claims the event bears on, by claim id.',
      '# claims:',
      '#   - "iran-drones-to-russia"',
      '# Where it is reported, by source id. At least one is required.',
      'sources: [] # TODO: replace [] with one item per source, like the example below',
      '#   - "kyiv-independent-2022-11-08-nasams-delivered"',
      '',
    ].join('\n'),

  term: ({ name }) =>
    [
      DRAFT,
      '# The term as usually written, e.g. "NASAMS".',
      `term: ${q(name)}`,
      '# What it stands for.',
      'expansion: "TODO: what it stands for, e.g. National Advanced Surface-to-Air Missile System."',
      '# One plain sentence saying what it is.',
      'definition: "TODO: one plain sentence saying what it is."',
      '# Other forms: plurals, spellings and designations ("UAVs", "DOD", "MGM-140").',
      '# variants:',
      '#   - "UAVs"',
      '# The id of the page the term stands for, when there is one.',
      '# entity: "nasams"',
      '# Sources, where the expansion is not common knowledge, by source id.',
      '# sources:',
      '#   - "kyiv-independent-2022-11-08-nasams-delivered"',
      '',
    ].join('\n'),
};

/**
 * The text of a new draft file of `type`. `name` becomes its title (a term's `term`);
 * `today` (YYYY-MM-DD) fills its dates, each marked TODO to be checked.
 */
export function template(type: EntryType, input: TemplateInput): string {
  return TEMPLATES[type](input);
}
