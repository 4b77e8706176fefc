/**
 * The text of a new draft file, per type of entry. A new file is a draft (`draft: true`):
 * the content check validates it, the build does not publish it. Every fact the
 * contributor must supply is marked TODO, in the value where the value is text and in a
 * comment on the line where it is a date, a choice or an address, because the content
 * audit refuses any published line that still holds the word. Every field is written with
 * its schema's description above it (comments.ts), and optional fields as commented-out
 * examples, so the file explains itself.
 */
import {
  ACTOR_KIND_VALUES,
  ARTICLE_DATE,
  CLAIM_STATUS_VALUES,
  COPY_RELATION_VALUES,
  DATE_PRECISIONS,
  SOURCE_KIND_VALUES,
  WEAPON_CATEGORY_VALUES,
} from '../../src/lib/vocabulary.ts';
import {
  aliasLines,
  body,
  commentsFor,
  correctionLines,
  DRAFT,
  idListLines,
  nativeNameLines,
  descriptiveNameLines,
  oneOf,
  q,
  statementLines,
} from './comments.ts';
import type { EntryType } from './entry-types.ts';

/** What a template needs: the new entry's id, its name, and today's date as YYYY-MM-DD. */
export interface TemplateInput {
  id: string;
  name: string;
  today: string;
}

/** "2022-11-09", the day the article appeared, for the claim template's history example. */
const ARTICLE_DAY = ARTICLE_DATE.toISOString().slice(0, 10);

/** An example source id, as real ones are named. */
const SOURCE = 'kyiv-independent-2022-11-08-nasams-delivered';

function actor({ id, name }: TemplateInput): string {
  const c = commentsFor('actors');
  return [
    '---',
    DRAFT,
    ...correctionLines(c),
    c.above('title'),
    `title: ${q(name)}`,
    c.above('kind'),
    `kind: ${q(ACTOR_KIND_VALUES[0])} # ${oneOf(ACTOR_KIND_VALUES)}`,
    c.above('country'),
    '# country: "Ukraine"',
    ...aliasLines(c, 'Mikhail Podoliak', 'Podoliak'),
    ...nativeNameLines(c, {
      name: 'Михайло Подоляк',
      lang: 'uk',
      transliteration: 'Mykhailo Podoliak',
      source: '24tv-2025-12-23-podolyak-office-of-the-president',
    }),
    ...descriptiveNameLines(c, { name: 'Pentagon spokesman', context: 'as of November 2022', source: 'fox-news-2022-08-04-pentagon-new-press-secretary' }),
    c.above('summary'),
    'summary: "TODO: two sentences: who this is and their part in the story."',
    c.above('roles'),
    '# roles:',
    `#   - title: "Pentagon Press Secretary" # ${c.after('roles.title')}`,
    `#     organization: "us-department-of-defense" # ${c.after('roles.organization')}`,
    `#     from: 2022-08-04 # ${c.after('roles.from')}`,
    `#     to: 2025-02-03 # ${c.after('roles.to')}`,
    `#     asOf: 2024-09-10 # ${c.after('roles.asOf')}`,
    `#     sources: # ${c.after('roles.sources')}`,
    '#       - "fox-news-2022-08-04-pentagon-new-press-secretary"',
    ...idListLines(c, 'partOf', 'us-department-of-defense'),
    c.above('stateAffiliated'),
    '# stateAffiliated: true',
    '---',
    body(id, 'who this is and what they did in the story, each fact cited; then their background and what happened later.'),
  ].join('\n');
}

function weapon({ id, name }: TemplateInput): string {
  const c = commentsFor('weapons');
  return [
    '---',
    DRAFT,
    ...correctionLines(c),
    c.above('title'),
    `title: ${q(name)}`,
    c.above('category'),
    `category: ${q(WEAPON_CATEGORY_VALUES[0])} # ${oneOf(WEAPON_CATEGORY_VALUES)}`,
    c.above('origin'),
    'origin: "TODO: the country of origin, in English, e.g. Iran."',
    ...aliasLines(c, 'Geran-2', 'MGM-140'),
    ...nativeNameLines(c, { name: 'Герань-2', lang: 'ru', transliteration: 'Geran-2', source: 'izvestia-2025-10-01-iskander-geran-2-strike' }),
    ...descriptiveNameLines(c, {
      name: 'kamikaze drone',
      context: 'a loaded term news reports used for it',
      source: 'kyiv-independent-2022-10-17-first-drone-attack-on-kyiv',
    }),
    c.above('summary'),
    'summary: "TODO: two sentences: what this system is, who makes it, and its part in the story."',
    ...idListLines(c, 'makers', 'kongsberg-defence-aerospace'),
    c.above('operators'),
    '# operators:',
    `#   - name: "Ukraine" # ${c.after('operators.name')}`,
    `#     actor: "government-of-ukraine" # ${c.after('operators.actor')}`,
    `#     since: "2022-11" # ${c.after('operators.since')}`,
    `#     sources: # ${c.after('operators.sources')}`,
    `#       - ${q(SOURCE)}`,
    c.above('specs'),
    '# specs:',
    `#   - label: "Range" # ${c.after('specs.label')}`,
    `#     value: "up to 300 km" # ${c.after('specs.value')}`,
    `#     source: ${q(SOURCE)} # ${c.after('specs.source')}`,
    `#     asOf: 2022-11-08 # ${c.after('specs.asOf')}`,
    `#     note: "for the export version" # ${c.after('specs.note')}`,
    c.above('firstUse'),
    '# firstUse:',
    `#   text: "Initial fielding with the US Army" # ${c.after('firstUse.text')}`,
    `#   date: "1990s" # ${c.after('firstUse.date')}`,
    `#   sources: # ${c.after('firstUse.sources')}`,
    '#     - "behoerden-spiegel-2025-01-17-norwegen-nasams"',
    '---',
    body(id, 'what the article says about this system and what independent sources say, each fact cited; then its background and what happened later.'),
  ].join('\n');
}

function claim({ id, name, today }: TemplateInput): string {
  const c = commentsFor('claims');
  return [
    '---',
    DRAFT,
    ...correctionLines(c),
    c.above('title'),
    `title: ${q(name)}`,
    c.above('claim'),
    'claim: "TODO: the claim in one sentence, attributed: who claims what."',
    ...aliasLines(c, 'Iranian missiles for Russia'),
    c.above('summary'),
    'summary: "TODO: two sentences: what is claimed, by whom, and where it stands now."',
    c.above('claimants'),
    'claimants: [] # TODO: replace [] with one item per claimant, like the example below',
    ...statementLines(c, 'claimants', {
      actor: 'oleksii-reznikov',
      date: '2022-11-07',
      said: 'Wrote that NASAMS had arrived in Ukraine.',
      source: 'kyiv-independent-2022-11-07-nasams-aspide-arrive',
    }),
    c.above('deniers'),
    '# deniers:',
    ...statementLines(c, 'deniers', {
      actor: 'patrick-ryder',
      date: '2022-09-27',
      said: 'Said the US had not yet delivered NASAMS to Ukraine.',
      source: 'benzinga-2022-09-27-us-hasnt-delivered-nasams',
    }),
    c.above('history'),
    'history: [] # TODO: replace [] with one item per status change, like the example below',
    `#   - date: ${ARTICLE_DAY} # ${c.after('history.date')}`,
    `#     status: ${q(CLAIM_STATUS_VALUES[0])} # ${c.after('history.status')}: ${oneOf(CLAIM_STATUS_VALUES)}`,
    `#     why: "The supplying government confirmed the delivery." # ${c.after('history.why')}`,
    `#     sources: # ${c.after('history.sources')}`,
    `#       - ${q(SOURCE)}`,
    c.above('checked'),
    `checked: ${today} # TODO: the day you checked the latest status against the sources`,
    c.above('singleSource'),
    '# singleSource: true',
    ...idListLines(c, 'weapons', 'shahed-136'),
    ...idListLines(c, 'actors', 'iran'),
    '---',
    body(id, 'what the article says, what each side says and what the evidence shows, each fact cited; then how the status changed and why.'),
  ].join('\n');
}

function source({ id, name, today }: TemplateInput): string {
  const c = commentsFor('sources');
  return [
    DRAFT,
    ...correctionLines(c),
    `# Pages cite a source by its id, the file name: [@${id}]. Source ids are usually`,
    `# <publisher>-<yyyy-mm-dd>-<words> (${SOURCE}): rename the file to match before anything cites it.`,
    c.above('title'),
    `title: ${q(name)}`,
    c.above('publisher'),
    'publisher: "TODO: who reported it, e.g. Reuters (never a site that only carried a copy)."',
    c.above('date'),
    `date: ${today} # TODO: the day it was published`,
    c.above('url'),
    'url: "https://example.org/TODO"',
    c.above('copy'),
    '# copy:',
    `#   host: "Brisbane Times" # ${c.after('copy.host')}`,
    `#   url: "https://www.brisbanetimes.com.au/world/example.html" # ${c.after('copy.url')}`,
    `#   relation: ${q(COPY_RELATION_VALUES[0])} # ${c.after('copy.relation')} ${oneOf(COPY_RELATION_VALUES)}`,
    c.above('retells'),
    '# retells: "The Washington Post"',
    c.above('kind'),
    `kind: ${q(SOURCE_KIND_VALUES[0])} # ${oneOf(SOURCE_KIND_VALUES)}`,
    c.above('ownership'),
    '# ownership: "Funded by the government of Qatar."',
    c.above('language'),
    'language: "en" # TODO: the language it is written in',
    c.above('accessed'),
    `accessed: ${today} # TODO: the day you checked it says what the site cites it for`,
    c.above('caution'),
    '# caution: "Machine translation of a Norwegian report."',
    '',
  ].join('\n');
}

function event({ name, today }: TemplateInput): string {
  const c = commentsFor('events');
  return [
    DRAFT,
    ...correctionLines(c),
    c.above('date'),
    `date: ${today} # TODO: the day it happened`,
    `${c.above('precision')} It is ${oneOf(DATE_PRECISIONS)}.`,
    '# precision: "month"',
    c.above('title'),
    `title: ${q(name)}`,
    c.above('text'),
    'text: "TODO: one or two sentences of detail, attributed where contested."',
    ...idListLines(c, 'actors', 'iran'),
    ...idListLines(c, 'weapons', 'shahed-136'),
    ...idListLines(c, 'claims', 'iran-drones-to-russia'),
    c.above('sources'),
    'sources: [] # TODO: replace [] with one item per source, like the example below',
    `#   - ${q(SOURCE)}`,
    '',
  ].join('\n');
}

function term({ name }: TemplateInput): string {
  const c = commentsFor('glossary');
  return [
    DRAFT,
    ...correctionLines(c),
    c.above('term'),
    `term: ${q(name)}`,
    c.above('expansion'),
    'expansion: "TODO: what it stands for, e.g. National Advanced Surface-to-Air Missile System."',
    c.above('definition'),
    'definition: "TODO: one plain sentence saying what it is."',
    ...idListLines(c, 'variants', 'UAVs'),
    c.above('entity'),
    '# entity: "nasams"',
    ...idListLines(c, 'sources', SOURCE),
    '',
  ].join('\n');
}

const TEMPLATES: Record<EntryType, (input: TemplateInput) => string> = { actor, weapon, claim, source, event, term };

/**
 * The text of a new draft file of `type`. `name` becomes its title (a term's `term`);
 * `today` (YYYY-MM-DD) fills its dates, each marked TODO to be checked.
 */
export function template(type: EntryType, input: TemplateInput): string {
  return TEMPLATES[type](input);
}
