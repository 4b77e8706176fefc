/**
 * `npm run new -- <actor|weapon|claim|source|event|term> "<Name>"`: writes a new draft
 * content file from a template (scripts/new/templates.ts) under the content root (content/,
 * or EXPLAINER_CONTENT), and prints what to do next. Refuses, and writes nothing, when
 * the name is taken. Exits 1 on a refusal, 2 on a usage mistake.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentRoot } from '../src/data/content-index.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { existingEntry, findCollision, type ExistingEntry } from './new/collision.ts';
import { entryId } from './new/entry-id.ts';
import { ENTRY_TYPES, isEntryType, type EntryType } from './new/entry-types.ts';
import { template } from './new/templates.ts';
import { COLLECTION_FORMATS, type CollectionName } from '../src/lib/schemas.ts';

const USAGE = `Usage: npm run new -- <type> "<Name>"

  type is one of: ${Object.keys(ENTRY_TYPES).join(', ')}

  Example: npm run new -- weapon "Iron Dome"`;

function refuse(message: string, code: 1 | 2): never {
  console.error(message);
  process.exit(code);
}

const [type, ...words] = process.argv.slice(2);
// Words are joined, so an unquoted name (npm run new -- weapon Iron Dome) works too.
const name = words.join(' ').replace(/\s+/g, ' ').trim();
if (!type) refuse(USAGE, 2);
if (!isEntryType(type)) refuse(`"${type}" is not a type of entry.\n\n${USAGE}`, 2);
if (!name) refuse(`The ${type} needs a name.\n\n${USAGE}`, 2);

const root = contentRoot();
if (!existsSync(root)) refuse(`There is no content folder at ${root}/; run this from the project root, or set EXPLAINER_CONTENT.`, 1);

const id = entryId(name);
if (!id) refuse(`"${name}" has no Latin letter or digit to make a file name from; write the name in Latin letters.`, 1);

/**
 * Every entry under the content root, drafts included (unlike the build's name index,
 * src/data/content-index.ts): two drafts must not take the same name either.
 */
function readExisting(): ExistingEntry[] {
  return (Object.keys(COLLECTION_FORMATS) as CollectionName[]).flatMap((collection) => {
    const dir = join(root, collection);
    const ext = `.${COLLECTION_FORMATS[collection]}`;
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith(ext));
    } catch {
      return [];
    }
    return files.map((f) => {
      const file = join(dir, f);
      const text = readFileSync(file, 'utf8');
      let data: unknown;
      try {
        data = parseYaml(ext === '.mdx' ? (splitFrontmatter(text)?.yaml ?? '') : text);
      } catch {
        // A file that does not parse still holds its id; the content check reports it.
      }
      return existingEntry(collection, f.slice(0, -ext.length), file, data);
    });
  });
}

const collision = findCollision(type, id, name, readExisting());
if (collision) refuse(collision, 1);

/** Today in the contributor's time zone, as YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

const { collection, extension } = ENTRY_TYPES[type];
const file = join(root, collection, `${id}.${extension}`);
mkdirSync(join(root, collection), { recursive: true });
// 'wx' fails rather than overwrite, should the file appear between the check and the write.
writeFileSync(file, template(type, { id, name, today: today() }), { flag: 'wx' });

/** What to do after the file is made: fill it in, source it, make it reachable, publish it. */
function nextSteps(type: EntryType): string[] {
  const newSource = 'add a missing one with npm run new -- source "<Title>"';
  const link = (field: string) => `Link the page from a related page with [[${id}]], or name it in an event's ${field}, so readers can reach it.`;
  const middle: Record<EntryType, [string, string]> = {
    actor: [`Cite a source for every fact with [@source-id]; ${newSource}.`, link('actors')],
    weapon: [`Cite a source for every fact with [@source-id]; ${newSource}.`, link('weapons')],
    claim: [`Cite a source for every fact with [@source-id], and list them under each claimant and status change; ${newSource}.`, link('claims')],
    source: [
      'Rename the file to <publisher>-<yyyy-mm-dd>-<words>.yaml if you wish, as other sources are named.',
      `Cite it with [@${id}] (or its new name) where it supports a fact; a source no page cites is refused.`,
    ],
    event: [
      `List the ids of the sources that report it under sources; ${newSource}.`,
      'List the actors, weapons and claims it involves, so it appears on their pages as well as on the timeline.',
    ],
    term: [
      `List a source if the expansion is not common knowledge; ${newSource}.`,
      'Write the term plainly in prose; the build explains it wherever it appears.',
    ],
  };
  return ['Fill in every TODO; the comment above each field says what goes there.', ...middle[type], 'Delete the line draft: true, then run npm run check.'];
}

console.log(`Created ${file} (a draft: checked, but not published).\n\nNext:`);
nextSteps(type).forEach((step, i) => console.log(`  ${i + 1}. ${step}`));
