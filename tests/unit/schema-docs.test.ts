/**
 * The schemas document themselves: every field has a description (src/lib/schemas/), and
 * CONTRIBUTING.md's field tables are the ones made from those descriptions
 * (scripts/lib/field-tables.ts), so they cannot drift from the schema.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldTables, withFieldTables } from '../../scripts/lib/field-tables.ts';
import { fieldDescription, fieldDocs } from '../../scripts/lib/schema-docs.ts';
import { COLLECTION_FORMATS, type CollectionName } from '../../src/lib/schemas.ts';

const COLLECTIONS = Object.keys(COLLECTION_FORMATS) as CollectionName[];

describe('schema descriptions', () => {
  it('describe every field, nested ones included, in a sentence', () => {
    for (const c of COLLECTIONS) {
      const docs = fieldDocs(c);
      expect(docs.length, c).toBeGreaterThan(4);
      for (const f of docs) expect(f.description, `${c}.${f.path}`).toMatch(/^[A-Z`].{8,}[.)"]$/);
    }
  });

  it('are read through lists and groups, with what is required and the values of a choice', () => {
    expect(fieldDocs('actors').find((f) => f.path === 'roles.title')).toMatchObject({ label: 'roles[].title', required: true });
    expect(fieldDocs('weapons').find((f) => f.path === 'firstUse.text')).toMatchObject({ label: 'firstUse.text', required: true });
    expect(fieldDocs('actors').find((f) => f.path === 'country')).toMatchObject({ required: false, hasFields: false });
    expect(fieldDocs('claims').find((f) => f.path === 'history.status')?.values).toContain('contested');
    expect(fieldDescription('sources', 'url')).toBe(
      "The original's own address, when it is known (never a proxy, mirror or scraper); without it, copy says where the text was read.",
    );
    expect(fieldDocs('sources').find((f) => f.path === 'copy')).toMatchObject({ required: false, hasFields: true });
    expect(fieldDocs('sources').find((f) => f.path === 'copy.relation')).toMatchObject({ label: 'copy.relation', required: true });
    expect(fieldDocs('sources').find((f) => f.path === 'copy.relation')?.values).toContain('wire-copy');
    expect(() => fieldDescription('sources', 'nope')).toThrow('sources has no field nope');
  });
});

describe("CONTRIBUTING.md's field tables", () => {
  const contributing = readFileSync('CONTRIBUTING.md', 'utf8');

  it('are the tables the schemas make (run npm run docs:fields after changing a field)', () => {
    expect(withFieldTables(contributing)).toBe(contributing);
  });

  it('list every field of every collection', () => {
    const tables = fieldTables();
    for (const c of COLLECTIONS) for (const f of fieldDocs(c)) expect(tables, `${c}.${f.path}`).toContain(`| \`${f.label}\` |`);
  });
});
