/** The templates and checks of `npm run new` (scripts/new/). */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { isDraftText } from '../../src/lib/frontmatter.ts';
import { checkContentFiles } from '../../src/lib/content-check.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { existingEntry, findCollision } from '../../scripts/new/collision.ts';
import { entryId, MAX_ID_LENGTH } from '../../scripts/new/entry-id.ts';
import { ENTRY_TYPES, type EntryType } from '../../scripts/new/entry-types.ts';
import { template } from '../../scripts/new/templates.ts';
import { fieldDocs } from '../../scripts/lib/schema-docs.ts';
import { ACTOR_KIND_VALUES, CLAIM_STATUS_VALUES, DATE_PRECISIONS, SOURCE_KIND_VALUES, WEAPON_CATEGORY_VALUES } from '../../src/lib/vocabulary.ts';

const TYPES = Object.keys(ENTRY_TYPES) as EntryType[];
const today = '2026-11-24';

function made(type: EntryType, name = 'Iron Dome') {
  const id = entryId(name);
  const { collection, extension } = ENTRY_TYPES[type];
  return { path: `content/${collection}/${id}.${extension}`, text: template(type, { id, name, today }) };
}

/** The data of a file: its frontmatter, or the whole file for YAML. */
function dataOf(type: EntryType, text: string): Record<string, unknown> {
  return parseYaml(ENTRY_TYPES[type].extension === 'mdx' ? splitFrontmatter(text)!.yaml : text);
}

/** The field each line holding TODO belongs to, or "body" for prose after the frontmatter. */
function todoLines(text: string): string[] {
  const lines = text.split('\n');
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : lines.length;
  return lines.flatMap((l, i) => (!l.includes('TODO') ? [] : i > end ? ['body'] : [/^([a-zA-Z]+):/.exec(l)?.[1] ?? `comment: ${l}`]));
}

/**
 * What a contributor does with the commented-out examples: uncomment them and replace
 * each `[]` they follow. Comments that describe a field start with a capital letter;
 * examples start with a field name or with indentation.
 */
function uncommentExamples(text: string): string {
  return text
    .split('\n')
    .map((l) => (/^# ([a-zA-Z]+:(\s|$)| +\S)/.test(l) ? l.slice(2) : l.replace(/^([a-zA-Z]+): \[\] # TODO.*$/, '$1:')))
    .join('\n');
}

describe('entryId', () => {
  it('transliterates accents and letters Unicode does not decompose', () => {
    expect(entryId('Mykhaïlo Podolyák')).toBe('mykhailo-podolyak');
    expect(entryId('Jonas Gahr Støre')).toBe('jonas-gahr-store');
    expect(entryId('Łukasz Straße')).toBe('lukasz-strasse');
  });
  it('turns punctuation into single dashes, and drops apostrophes', () => {
    expect(entryId('  Geran–2 (Shahed-136)!  ')).toBe('geran-2-shahed-136');
    expect(entryId("Russia's missile stockpile was running low")).toBe('russias-missile-stockpile-was-running-low');
    expect(entryId('Iran’s drones')).toBe('irans-drones');
    expect(entryId('AT&T')).toBe('at-t');
  });
  it('cuts a long name at a word boundary, to at most 60 characters', () => {
    const name = 'Iran delivered ballistic missiles to Russia for use against Ukraine in the autumn of 2022';
    const id = entryId(name);
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(id).toBe('iran-delivered-ballistic-missiles-to-russia-for-use-against');
    expect(entryId(`${'a'.repeat(54)} bcdef`)).toBe(`${'a'.repeat(54)}-bcdef`); // exactly 60 is kept whole
    expect(entryId(`${'a'.repeat(55)} bcdef`)).toBe('a'.repeat(55)); // 61 loses its last word
    expect(entryId(`${'a'.repeat(60)} bcdef`)).toBe('a'.repeat(60)); // a word ending at 60 is whole
    expect(entryId('x'.repeat(70))).toBe('x'.repeat(60)); // one long word is cut where it must be
  });
  it('is empty when the name has no Latin letter or digit', () => {
    expect(entryId('')).toBe('');
    expect(entryId('!!! — ???')).toBe('');
    expect(entryId('Шахед')).toBe('');
  });
});

describe('templates', () => {
  for (const type of TYPES) {
    it(`${type}: passes the content check as a draft`, () => {
      const file = made(type);
      const check = checkContentFiles([file], 'content');
      expect(check.problems).toEqual([]);
      expect(check.drafts).toEqual([file.path]);
      expect(isDraftText(file.text)).toBe(true);
      const first = ENTRY_TYPES[type].extension === 'mdx' ? file.text.split('\n')[1] : file.text.split('\n')[0];
      expect(first).toMatch(/^draft: true # A draft is checked but not published; delete this line when every TODO is done\.$/);
    });

    it(`${type}: its commented-out examples are valid once uncommented`, () => {
      const file = made(type);
      const filled = { ...file, text: uncommentExamples(file.text) };
      expect(filled.text).not.toBe(file.text);
      expect(checkContentFiles([filled], 'content').problems).toEqual([]);
    });
  }

  it("writes every field of the schema, with the schema's description of it on the line above", () => {
    for (const type of TYPES) {
      const lines = made(type).text.split('\n');
      for (const f of fieldDocs(ENTRY_TYPES[type].collection).filter((f) => !f.path.includes('.') && f.path !== 'draft')) {
        const at = lines.findIndex((l) => new RegExp(`^(# )?${f.path}:`).test(l));
        expect(at, `${type}: ${f.path}`).toBeGreaterThan(0);
        expect(lines[at - 1], `${type}: ${f.path}`).toMatch(new RegExp(`^# ${f.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      }
    }
  });

  it('ends example lines of list items with their description', () => {
    expect(made('actor').text).toContain('#   - title: "Pentagon Press Secretary" # the position\n');
    expect(made('weapon').text).toContain('#     source: "kyiv-independent-2022-11-08-nasams-delivered" # who published it, by source id\n');
    expect(made('claim').text).toContain('#   - actor: "oleksii-reznikov" # who made the statement, by actor id\n');
  });

  // A choice whose first value is a valid default carries its list as a hint, not a TODO:
  // the audit refuses a TODO left in a comment, and a right default needs no change.
  it('marks TODO exactly the facts a contributor must supply, and no comment line', () => {
    const expected: Record<EntryType, string[]> = {
      actor: ['draft', 'summary', 'body'],
      weapon: ['draft', 'origin', 'summary', 'body'],
      claim: ['draft', 'claim', 'summary', 'claimants', 'history', 'checked', 'body'],
      source: ['draft', 'publisher', 'date', 'url', 'language', 'accessed'],
      event: ['draft', 'date', 'text', 'sources'],
      term: ['draft', 'expansion', 'definition'],
    };
    for (const type of TYPES) expect(todoLines(made(type).text), type).toEqual(expected[type]);
  });

  it('writes the name as the title (or term), safely quoted, and today as each date', () => {
    const name = 'Operation "Z": a test # not a comment';
    for (const type of TYPES) {
      const data = dataOf(type, made(type, name).text);
      expect(type === 'term' ? data.term : data.title, type).toBe(name);
    }
    expect(made('source').text).toMatch(/^date: 2026-11-24 # TODO: the day it was published$/m);
    expect(made('source').text).toMatch(/^url: "https:\/\/example\.org\/TODO"$/m);
    expect(dataOf('claim', made('claim').text).checked).toBe(today);
    expect(dataOf('event', made('event').text)).toMatchObject({ date: today, sources: [] });
  });

  it('lists every allowed value of each choice in its comment', () => {
    const listed = (values: readonly string[]) => `one of ${values.join(', ')}`;
    expect(made('actor').text).toContain(`kind: "${ACTOR_KIND_VALUES[0]}" # ${listed(ACTOR_KIND_VALUES)}\n`);
    expect(made('weapon').text).toContain(`category: "${WEAPON_CATEGORY_VALUES[0]}" # ${listed(WEAPON_CATEGORY_VALUES)}\n`);
    expect(made('source').text).toContain(`kind: "${SOURCE_KIND_VALUES[0]}" # ${listed(SOURCE_KIND_VALUES)}\n`);
    expect(made('claim').text).toContain(listed(CLAIM_STATUS_VALUES));
    expect(made('event').text).toContain(listed(DATE_PRECISIONS));
  });

  it('gives MDX pages one comment on how to write them, then one paragraph to replace', () => {
    for (const type of ['actor', 'weapon', 'claim'] as const) {
      const body = made(type).text.split('\n---\n')[1]!;
      expect(body.match(/\{\/\*/g), type).toHaveLength(1);
      for (const hint of ['[[iron-dome]]', '[[id|shown text]]', '[@source-id]', 'content/glossary/', '<Aside', '<Figure', '<Quote', 'CONTRIBUTING.md', '##']) {
        expect(body, `${type}: ${hint}`).toContain(hint);
      }
      expect(body.trim()).toMatch(/\*\/\}\n\nTODO: [^\n]+$/);
    }
  });
});

describe('findCollision', () => {
  const existing = [
    existingEntry('weapons', 'nasams', 'content/weapons/nasams.mdx', { title: 'NASAMS', aliases: ['National Advanced Surface-to-Air Missile System'] }),
    existingEntry('weapons', 'shahed-136', 'content/weapons/shahed-136.mdx', { title: 'Shahed-136', aliases: ['Geran-2'] }),
    existingEntry('actors', 'patrick-ryder', 'content/actors/patrick-ryder.mdx', { title: 'Patrick S. Ryder', aliases: ['Pat Ryder'] }),
    existingEntry('sources', 'kyiv-independent-2022-11-08-nasams', 'content/sources/kyiv-independent-2022-11-08-nasams.yaml', { title: 'NASAMS delivered' }),
    existingEntry('glossary', 'uav', 'content/glossary/uav.yaml', { term: 'UAV', variants: ['UAVs', 'drone'] }),
    existingEntry('glossary', 'nasams', 'content/glossary/nasams.yaml', { term: 'NASAMS' }),
  ];
  const collide = (type: EntryType, name: string) => findCollision(type, entryId(name), name, existing);

  it('refuses an id its collection already has, naming the file', () => {
    expect(collide('weapon', 'NASAMS')).toBe('content/weapons/nasams.mdx already exists. Edit that file, or choose a more specific name.');
    expect(collide('source', 'Kyiv Independent 2022-11-08 NASAMS')).toMatch(/^content\/sources\/kyiv-independent-2022-11-08-nasams\.yaml already exists/);
    expect(collide('term', 'UAV')).toMatch(/^content\/glossary\/uav\.yaml already exists/);
  });

  it('refuses a title or alias of any page, folding case, accents and dashes', () => {
    expect(collide('weapon', 'GERAN–2')).toBe(
      '"GERAN–2" is already an alias of content/weapons/shahed-136.mdx. Edit that page, or choose a more specific name.',
    );
    expect(collide('actor', 'geran 2')).toMatch(/is already an alias of content\/weapons\/shahed-136\.mdx/);
    expect(collide('actor', 'patrick s. ryder')).toBe(
      '"patrick s. ryder" is already the title of content/actors/patrick-ryder.mdx. Edit that page, or choose a more specific name.',
    );
    expect(collide('claim', 'National advanced surface to air missile system')).toMatch(/already an alias of content\/weapons\/nasams\.mdx/);
  });

  it('refuses an id another of actors, weapons and claims already has', () => {
    expect(collide('claim', 'Shahed 136')).toBe(
      '"Shahed 136" is already the id of content/weapons/shahed-136.mdx. Edit that page, or choose a more specific name.',
    );
    expect(collide('claim', 'Pátrick Ryder')).toMatch(/already the id of content\/actors\/patrick-ryder\.mdx/);
    // Names that differ but give the same id: the id is the clash.
    const other = [existingEntry('weapons', 'iron-dome', 'content/weapons/iron-dome.mdx', { title: 'Iron dome system', aliases: [] })];
    expect(findCollision('actor', 'iron-dome', 'Iron + Dome', other)).toMatch(
      /^"Iron \+ Dome" would get the id "iron-dome", which is already the id of content\/weapons\/iron-dome\.mdx/,
    );
  });

  it('refuses a term that is already a term or variant of the glossary', () => {
    expect(collide('term', 'uavs')).toBe('"uavs" is already a variant in content/glossary/uav.yaml. Edit that file, or choose a more specific name.');
    expect(collide('term', 'N.A.S.A.M.S')).toBe(
      '"N.A.S.A.M.S" is already the term of content/glossary/nasams.yaml. Edit that file, or choose a more specific name.',
    );
  });

  it('lets through a new name, and names other collections do not own', () => {
    expect(collide('weapon', 'Iron Dome')).toBeUndefined();
    expect(collide('event', 'NASAMS delivered')).toBeUndefined(); // events and sources may share titles
    expect(collide('source', 'Pat Ryder')).toBeUndefined();
    expect(collide('weapon', 'UAV')).toBeUndefined(); // a glossary term may have a page of the same name
    expect(collide('term', 'Pat Ryder')).toBeUndefined();
  });

  it('reads names from any data a file holds, ignoring what is not text', () => {
    expect(existingEntry('actors', 'x', 'x.mdx', undefined).names).toEqual([]);
    expect(existingEntry('actors', 'x', 'x.mdx', { title: 3, aliases: 'One' }).names).toEqual([{ name: 'One', as: 'alias' }]);
    expect(existingEntry('sources', 'x', 'x.yaml', { title: 'T' }).names).toEqual([]);
  });
});
