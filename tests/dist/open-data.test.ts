/**
 * The feeds and the open data as built: every data file validates against the JSON
 * Schema the build published beside it, the records are the site's pages and entries,
 * CSV rows are the JSON records, and the feeds parse with one entry per change.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/lib/entries.ts';
import { csvCell, csvColumns, DATA_LICENCE, TABULAR_COLLECTIONS, type DataRecord, type JsonSchema } from '../../src/lib/open-data.ts';
import { BASE_PATH, contentPages, files, pages, read, SITE_URL } from './dist.ts';

const SITE = `${SITE_URL}${BASE_PATH}`;
const json = (path: string) => JSON.parse(read(path).toString()) as unknown;
const records = Object.fromEntries(COLLECTIONS.map((c) => [c, json(`/data/${c}.json`) as DataRecord[]]));
const schemas = Object.fromEntries(COLLECTIONS.map((c) => [c, json(`/data/schema/${c}.json`) as JsonSchema]));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
for (const s of Object.values(schemas)) ajv.addSchema(s);

/** The page a site address leads to, and its fragment. */
const pageOf = (address: string) => {
  const u = new URL(address);
  return { path: `/${u.pathname.slice(BASE_PATH.length)}`, fragment: u.hash.slice(1) };
};

describe('open data', () => {
  it('every collection file and every entry file validates against its generated schema', () => {
    let checked = 0;
    for (const c of COLLECTIONS) {
      const validate = ajv.getSchema(schemas[c]!.$id!)!;
      expect(schemas[c]!.$id).toBe(`${SITE}data/schema/${c}.json`);
      for (const r of records[c]!) {
        expect(validate(r), `${c}/${r.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
        const own = json(`/data/${c}/${r.id}.json`);
        expect(validate(own), `/data/${c}/${r.id}.json`).toBe(true);
        expect(own).toEqual(r);
        checked += 2;
      }
    }
    expect(checked).toBeGreaterThan(700);
  });

  it('has one record per page for actors, weapons and claims, and one per entry of the list pages', () => {
    for (const c of ['actors', 'weapons', 'claims'] as const) {
      expect(records[c]!.map((r) => pageOf(r.page).path).sort(), c).toEqual(contentPages.filter((p) => p.startsWith(`/${c}/`)).sort());
    }
    const anchors = (path: string, pattern: RegExp) => [...pages.get(path)!.matchAll(pattern)].map((m) => m[1]!).sort();
    expect(records.sources!.map((r) => `source-${r.id}`).sort()).toEqual(anchors('/sources/', /<li[^>]* id="(source-[^"]+)"/g));
    expect(records.events!.map((r) => r.id).sort()).toEqual(anchors('/timeline/', /<li id="([^"]+)"/g));
    for (const r of [...records.sources!, ...records.events!, ...records.glossary!]) {
      const { path, fragment } = pageOf(r.page);
      expect(pages.get(path)?.includes(`id="${fragment}"`), r.page).toBe(true);
    }
  });

  it('every entry file is linked from its page\'s head, and each entity page links its own', () => {
    for (const c of ['actors', 'weapons', 'claims'] as const) {
      for (const r of records[c]!) {
        const html = pages.get(pageOf(r.page).path)!;
        expect(html, r.page).toContain(`<link rel="alternate" type="application/json" href="${BASE_PATH}data/${c}/${r.id}.json">`);
      }
    }
  });

  it('CSV rows are the JSON records: same columns, same values, one row per record', () => {
    for (const c of TABULAR_COLLECTIONS) {
      const [header, ...rows] = parseCsv(read(`/data/${c}.csv`)) as string[][];
      const columns = csvColumns(schemas[c]!);
      expect(header).toEqual(columns.map((col) => col.name));
      expect(rows).toEqual(records[c]!.map((r) => columns.map((col) => csvCell(r, col))));
    }
  });

  it('the /data/ page lists every file and describes every field', () => {
    const html = pages.get('/data/')!;
    for (const c of COLLECTIONS) {
      expect(html).toContain(`href="${BASE_PATH}data/${c}.json"`);
      for (const name of Object.keys(schemas[c]!.properties!)) expect(html, `${c}.${name}`).toContain(`<code>${name}</code>`);
    }
    for (const c of TABULAR_COLLECTIONS) expect(html).toContain(`href="${BASE_PATH}data/${c}.csv"`);
  });

  it('the /data/ page and the about page state the licence and link to it', () => {
    for (const path of ['/data/', '/about/']) {
      const html = pages.get(path)!;
      expect(html, path).toContain(`href="${DATA_LICENCE.url}"`);
      expect(html, path).toContain('CC BY 4.0');
    }
  });
});

describe('feeds', () => {
  const feed = (path: string) => parseFeed(read(path).toString());
  const changes = records.claims!.flatMap((r) => (r.history as Array<{ date: string }>).map((h) => ({ claim: r.id, date: h.date })));
  const corrections = COLLECTIONS.flatMap((c) => records[c]!.flatMap((r) => (r.corrections as Array<{ date: string }>).map((x) => ({ page: r.page, date: x.date }))));

  it('each claim\'s feed has one entry per status change and per correction, dated with the change', () => {
    for (const r of records.claims!) {
      const f = feed(`/feeds/claims/${r.id}.xml`);
      expect(f.meta.type).toBe('atom');
      const expected = [...(r.history as Array<{ date: string }>), ...(r.corrections as Array<{ date: string }>)].map((h) => h.date).sort().reverse();
      expect(f.items.map((i) => i.updated!.toISOString().slice(0, 10)), r.id).toEqual(expected);
      for (const i of f.items) expect(i.url!.startsWith(`${r.page}#`), i.url!).toBe(true);
    }
  });

  it('the site feed has every status change, every correction and new pages; the corrections feed every correction', () => {
    const site = feed('/feeds/site.xml');
    expect(site.items.filter((i) => i.id!.includes('/status/'))).toHaveLength(changes.length);
    expect(site.items.filter((i) => i.id!.includes('/correction/'))).toHaveLength(corrections.length);
    expect(new Set(site.items.map((i) => i.id)).size).toBe(site.items.length);
    for (const i of site.items) expect(i.url!.startsWith(SITE), i.url!).toBe(true);
    expect(feed('/feeds/corrections.xml').items).toHaveLength(corrections.length);
  });

  it('every page links the site feeds from its head, and each claim page its own feed', () => {
    for (const [path, html] of pages) {
      expect(html, path).toContain(`<link rel="alternate" type="application/atom+xml" title="All changes" href="${BASE_PATH}feeds/site.xml">`);
      expect(html, path).toContain(`href="${BASE_PATH}feeds/corrections.xml">`);
    }
    for (const r of records.claims!) expect(pages.get(pageOf(r.page).path), r.id).toContain(`href="${BASE_PATH}feeds/claims/${r.id}.xml">`);
    expect([...files].filter((f) => f.startsWith('/feeds/claims/'))).toHaveLength(records.claims!.length);
  });
});
