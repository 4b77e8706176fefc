import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { collectionSchemas, plainRef } from '../../src/lib/schemas.ts';
import { sourceSchema } from '../../src/lib/schemas/sources.ts';
import { csvCell, csvColumns, fieldDocs, jsonSchemaOf, recordOf, recordSchemas, toCsv } from '../../src/lib/open-data.ts';
import type { EntryLike } from '../../src/lib/entries.ts';

const ORIGIN = 'https://example.test';
const BASE = '/explainer/';
const schemas = collectionSchemas(plainRef);

/** Entries as the build reads them: the schema's output, references as { collection, id }, dates as Dates. */
const claim = {
  collection: 'claims',
  id: 'drones',
  data: schemas.claims.parse({
    title: 'Iran sent drones',
    claim: 'Ukraine said Iran sent drones.',
    summary: 'Who said so, and who denied it.',
    claimants: [{ actor: 'ukraine', date: '2022-09-13', said: 'Iranian drones were shot down.', sources: ['kyiv-2022'] }],
    history: [
      { date: '2022-09-13', status: 'unverified', why: 'First reports.', sources: ['kyiv-2022'] },
      { date: '2022-11-05', status: 'confirmed', why: 'Iran confirmed it.', sources: ['kyiv-2022'] },
    ],
    checked: '2026-11-30',
    weapons: ['shahed-136'],
  }),
} as EntryLike<'claims'>;
const source = {
  collection: 'sources',
  id: 'kyiv-2022',
  data: schemas.sources.parse({
    title: 'Drones, "Shahed"; a report',
    publisher: 'Kyiv Independent',
    date: '2022-09-13',
    url: 'https://kyivindependent.com/x',
    kind: 'newspaper',
    accessed: '2026-11-01',
  }),
} as EntryLike<'sources'>;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

describe('records', () => {
  it("write references as ids, dates as days, and the entry's address under the base path", () => {
    const r = recordOf(claim, ORIGIN, BASE);
    expect(r).toMatchObject({
      id: 'drones',
      page: 'https://example.test/explainer/claims/drones/',
      checked: '2026-11-30',
      weapons: ['shahed-136'],
      status: 'confirmed',
      statusSince: '2022-11-05',
      statusAtArticle: 'confirmed',
    });
    expect(r.claimants).toEqual([{ actor: 'ukraine', date: '2022-09-13', said: 'Iranian drones were shot down.', sources: ['kyiv-2022'] }]);
    expect(r).not.toHaveProperty('draft');
    expect(recordOf(source, ORIGIN, BASE)).toMatchObject({
      page: 'https://example.test/explainer/sources/#source-kyiv-2022',
      url: 'https://kyivindependent.com/x',
    });
  });

  it('validate against the JSON Schema generated for their collection, and a wrong record does not', () => {
    for (const [collection, entry] of [
      ['claims', claim],
      ['sources', source],
    ] as const) {
      const validate = ajv.compile(jsonSchemaOf(collection, undefined, ORIGIN, BASE));
      expect(validate(recordOf(entry, ORIGIN, BASE)), JSON.stringify(validate.errors)).toBe(true);
    }
    const validate = ajv.getSchema('https://example.test/explainer/data/schema/claims.json')!;
    expect(validate({ ...recordOf(claim, ORIGIN, BASE), checked: '30 November 2026' })).toBe(false);
    expect(validate({ ...recordOf(claim, ORIGIN, BASE), weapons: [{ collection: 'weapons', id: 'x' }] })).toBe(false);
    expect(validate({ ...recordOf(claim, ORIGIN, BASE), misspelt: 1 })).toBe(false);
  });
});

describe('the generated JSON Schemas', () => {
  it('are made from the zod schemas: a field added to a collection schema appears, with its description', () => {
    const before = jsonSchemaOf('sources', undefined, ORIGIN, BASE);
    const changed = recordSchemas((ref) => ({
      ...collectionSchemas(ref),
      sources: sourceSchema(ref).extend({ archivedAt: z.url().optional().meta({ description: 'Where an archived copy is.' }) }),
    }));
    const after = jsonSchemaOf('sources', changed.sources, ORIGIN, BASE);
    expect(before.properties).not.toHaveProperty('archivedAt');
    expect(after.properties?.archivedAt).toEqual({ type: 'string', format: 'uri', description: 'Where an archived copy is.' });
    expect(csvColumns(after).map((c) => c.name)).toContain('archivedAt');
  });

  it('name their address under the site and base path, and describe every field', () => {
    expect(jsonSchemaOf('claims', undefined, ORIGIN, BASE).$id).toBe('https://example.test/explainer/data/schema/claims.json');
    const undocumented = (['actors', 'weapons', 'claims', 'events', 'sources', 'glossary'] as const).flatMap((c) =>
      fieldDocs(jsonSchemaOf(c))
        .filter((f) => !f.description)
        .map((f) => `${c}.${f.name}`),
    );
    expect(undocumented).toEqual([]);
  });
});

describe('CSV', () => {
  it('round-trips: each row\'s cells are its record\'s values, lists joined by "; "', () => {
    const schema = jsonSchemaOf('sources', undefined, ORIGIN, BASE);
    const records = [recordOf(source, ORIGIN, BASE)];
    const [header, ...rows] = parseCsv(toCsv(records, schema)) as string[][];
    const columns = csvColumns(schema);
    expect(header).toEqual(columns.map((c) => c.name));
    expect(rows).toEqual(records.map((r) => columns.map((c) => csvCell(r, c))));
    expect(rows[0]![header!.indexOf('title')]).toBe('Drones, "Shahed"; a report');
    const claimSchema = jsonSchemaOf('claims');
    expect(csvColumns(claimSchema).map((c) => c.name)).not.toContain('history');
    expect(
      csvCell(
        recordOf(claim, ORIGIN, BASE),
        csvColumns(claimSchema).find((c) => c.name === 'weapons')!,
      ),
    ).toBe('shahed-136');
  });
});
