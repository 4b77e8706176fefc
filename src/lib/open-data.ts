/**
 * The open data at /data/: every collection as JSON records (and the tabular ones as
 * CSV), with JSON Schemas generated from the collection schemas (src/lib/schemas.ts), so
 * a field added to a schema appears in the data, its schema and the /data/ page at once.
 *
 * A record is an entry's data as published: `id` and `page` (its address on the site) first, then every field of the
 * schema (but `draft`), references written as the id they point to, dates as "YYYY-MM-DD".
 *
 *   recordOf(claim, 'https://example.org') // { id: 'x', page: 'https://example.org/claims/x/', title: …, history: [{ date: '2022-11-09', … }], status: 'contested', … }
 */
import { stringify } from 'csv-stringify/sync';
import { z } from 'astro/zod';
import { latestStatus, statusAtArticle } from './claims.ts';
import { isoDate } from './dates.ts';
import { COLLECTIONS, type Collection, type EntryLike } from './entries.ts';
import { collectionSchemas, type RefField } from './schemas.ts';
import { settings } from './settings.ts';
import { absoluteUrl, entryUrl, href } from './urls.ts';
import { CLAIM_STATUS_VALUES } from './vocabulary.ts';

/**
 * The licence the data and the site's own text are published under, as the /data/ page,
 * the about page and the README state it. CC BY 4.0, as Our World in Data publishes its
 * data: anyone may reuse it, commercially too, if they credit the site. It covers the
 * site's own work only: quotations and source titles stay their authors'.
 */
export const DATA_LICENCE = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The collections published as CSV too: those whose records are mostly one row of values. */
export const TABULAR_COLLECTIONS = ['claims', 'events', 'sources'] as const satisfies readonly Collection[];

/** A reference as the data writes it: the id of the entry it points to, as in the entry's URL. */
const idRef = ((collection: Collection) =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .meta({ description: `The id of an entry of ${collection}.` })) as unknown as RefField;

/** The fields every record starts with. */
const recordFields = {
  id: z.string().meta({ description: "The entry's id: its file name, and the last part of its address." }),
  page: z.url().meta({ description: 'The address of the entry on the site: its own page, or its place on a list page.' }),
};

/** Fields derived from a claim's history, so a table of claims shows each one's status. */
const claimFields = {
  status: z.enum(CLAIM_STATUS_VALUES).meta({ description: 'The latest status: the last change in `history`.' }),
  statusSince: z.iso.date().meta({ description: 'The day of the latest status change.' }),
  statusAtArticle: z.enum(CLAIM_STATUS_VALUES).meta({ description: 'The status when the article was published (9 November 2022), read from `history`.' }),
};

/**
 * The zod schema of one published record of each collection: the collection's own schema
 * with references as ids, without `draft`, after `id` and `page`.
 *
 * @param build makes the collection schemas from a kind of reference (a test passes a changed one)
 */
export function recordSchemas(build: (ref: RefField) => Record<Collection, z.ZodObject> = collectionSchemas) {
  const schemas = build(idRef);
  return Object.fromEntries(
    COLLECTIONS.map((c) => {
      const { draft: _draft, ...fields } = schemas[c].shape;
      const extra = c === 'claims' ? claimFields : {};
      return [c, z.strictObject({ ...recordFields, ...fields, ...extra }).meta({ title: c, description: schemas[c].description }) as z.ZodObject];
    }),
  ) as Record<Collection, z.ZodObject>;
}

/** The JSON Schema of a collection's records, as published at /data/schema/<collection>.json. */
export type JsonSchema = {
  $id?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  required?: string[];
  enum?: unknown[];
} & Record<string, unknown>;

/** The address of a data file (a path under /data/, e.g. "claims.json"), with the site's address and base path. */
export function dataUrl(file: string, origin: string = settings().siteUrl, base: string = settings().basePath): string {
  return absoluteUrl(href(`/data/${file}`, base), origin);
}

/**
 * The JSON Schema (draft 2020-12) of one collection's records, generated with zod's
 * `z.toJSONSchema`. Dates, which the site reads as Date objects, are written as
 * `{ type: "string", format: "date" }`, the form records carry them in.
 */
export function jsonSchemaOf(collection: Collection, schema: z.ZodType = recordSchemas()[collection], origin?: string, base?: string): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io: 'output',
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema._zod.def.type === 'date') Object.assign(ctx.jsonSchema, { type: 'string', format: 'date' });
    },
  }) as JsonSchema;
  return { ...json, $id: dataUrl(`schema/${collection}.json`, origin, base) };
}

/** A value as a record writes it: references as ids, dates as days, lists and groups field by field. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return isoDate(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') {
    const { collection, id } = value as { collection?: unknown; id?: unknown };
    if (typeof collection === 'string' && typeof id === 'string' && (COLLECTIONS as readonly string[]).includes(collection) && Object.keys(value).length === 2)
      return id;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

/** A published record of an entry (see the module comment). */
export type DataRecord = { id: string; page: string } & Record<string, unknown>;

/** The record of one entry, with its address under `origin` and `base`. */
export function recordOf(entry: EntryLike, origin: string = settings().siteUrl, base: string = settings().basePath): DataRecord {
  const { draft: _draft, ...data } = entry.data as Record<string, unknown>;
  const record: DataRecord = { id: entry.id, page: absoluteUrl(entryUrl(entry.collection, entry.id, base), origin), ...(plain(data) as object) };
  if (entry.collection === 'claims') {
    const latest = latestStatus(entry.data.history);
    const atArticle = statusAtArticle(entry.data.history);
    if (latest) Object.assign(record, { status: latest.status, statusSince: isoDate(latest.date) });
    if (atArticle) record.statusAtArticle = atArticle.status;
  }
  return record;
}

/** One column of a CSV file: its header and where the value is in a record. */
interface Column {
  name: string;
  path: string[];
}

/**
 * The CSV columns of a collection, read from its JSON Schema: every field holding a value
 * or a list of values, with groups of fields flattened ("original.publisher"). Lists of
 * groups (a claim's history, its claimants) are in the JSON only.
 */
export function csvColumns(schema: JsonSchema, path: string[] = []): Column[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, field]): Column[] => {
    const at = [...path, key];
    if (field.type === 'object') return csvColumns(field, at);
    if (field.type === 'array' && field.items?.type === 'object') return [];
    return [{ name: at.join('.'), path: at }];
  });
}

/** How a list is written in one CSV cell. */
export const CSV_LIST_SEPARATOR = '; ';

/** A record's value for a column, as the CSV cell writes it. */
export function csvCell(record: DataRecord, column: Column): string {
  const value = column.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), record);
  if (value === undefined || value === null) return '';
  return Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : String(value);
}

/** The records of a tabular collection as CSV (RFC 4180, a header row first). */
export function toCsv(records: DataRecord[], schema: JsonSchema): string {
  const columns = csvColumns(schema);
  return stringify([columns.map((c) => c.name), ...records.map((r) => columns.map((c) => csvCell(r, c)))], { record_delimiter: '\r\n' });
}

/** One field of a collection as the /data/ page explains it. */
export interface FieldDoc {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

/** A JSON Schema type in words: "text", "date", "list of actors ids", "one of …". */
function typeName(s: JsonSchema): string {
  if (s.enum) return `one of ${s.enum.join(', ')}`;
  if (s.type === 'array') return `list of ${s.items ? typeName(s.items) : 'values'}`;
  if (s.type === 'object') return 'group of fields';
  if (s.format === 'date') return 'date (YYYY-MM-DD)';
  if (s.format === 'uri') return 'address';
  return typeof s.type === 'string' ? (s.type === 'string' ? 'text' : s.type) : 'value';
}

/** Every field of a schema, nested fields as "history[].date", with the descriptions written in the zod schemas. */
export function fieldDocs(schema: JsonSchema, prefix = ''): FieldDoc[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([key, field]) => {
    const name = `${prefix}${key}`;
    const own: FieldDoc = { name, type: typeName(field), required: required.has(key), description: field.description ?? '' };
    const inner = field.type === 'object' ? field : field.type === 'array' && field.items?.type === 'object' ? field.items : undefined;
    return [own, ...(inner ? fieldDocs(inner, `${name}${field.type === 'array' ? '[]' : ''}.`) : [])];
  });
}
