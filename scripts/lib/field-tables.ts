/**
 * CONTRIBUTING.md's tables of the fields of each content file, made from the schemas'
 * descriptions (scripts/lib/schema-docs.ts). `npm run docs:fields` writes them between the
 * two marker comments; tests/unit/schema-docs.test.ts fails when they are out of date.
 *
 * Why generated rather than written by hand and checked: a check would make contributors
 * type every description twice, word for word; generated, each is written once, in the
 * schema, and CONTRIBUTING.md still reads on GitHub without a build.
 */
import { COLLECTION_FORMATS, type CollectionName } from '../../src/lib/schemas.ts';
import { collectionDescription, fieldDocs, type FieldDoc } from './schema-docs.ts';

/** The comments that mark where the tables go. */
export const FIELD_TABLES_START = '<!-- field tables: made by `npm run docs:fields` from src/lib/schemas/; do not edit by hand -->';
export const FIELD_TABLES_END = '<!-- end of field tables -->';

const COLLECTIONS = Object.keys(COLLECTION_FORMATS) as CollectionName[];

/** A table cell: pipes escaped, so a description cannot split its row. */
const cell = (s: string) => s.replaceAll('|', '\\|');

function row(f: FieldDoc): string {
  const values = f.values ? ` One of ${f.values.map((v) => `\`${v}\``).join(', ')}.` : '';
  return `| \`${f.label}\` | ${f.required ? 'yes' : 'no'} | ${cell(f.description)}${values} |`;
}

/** The tables, one per collection, as Markdown. */
export function fieldTables(): string {
  return COLLECTIONS.map((c) =>
    [
      `### ${c}: \`content/${c}/<id>.${COLLECTION_FORMATS[c]}\``,
      '',
      collectionDescription(c),
      '',
      '| field | required | what it holds |',
      '|---|---|---|',
      ...fieldDocs(c).map(row),
    ].join('\n'),
  ).join('\n\n');
}

/** `markdown` with the text between the markers replaced by the current tables. */
export function withFieldTables(markdown: string): string {
  const start = markdown.indexOf(FIELD_TABLES_START);
  const end = markdown.indexOf(FIELD_TABLES_END);
  if (start < 0 || end < start) throw new Error('CONTRIBUTING.md has lost the field tables markers; put them back around the tables.');
  return `${markdown.slice(0, start + FIELD_TABLES_START.length)}\n\n${fieldTables()}\n\n${markdown.slice(end)}`;
}
