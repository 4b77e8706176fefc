import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { allCorrectionEntries, atomFeed, claimEntries, claimFeed, SITE_FEEDS, siteEntries } from '../../src/lib/feeds.ts';
import type { EntryLike } from '../../src/lib/entries.ts';
import { entry } from './entry.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const ORIGIN = 'https://example.test';
const BASE = '/explainer/';

const claim = entry('claims', 'drones', {
  title: 'Iran sent drones',
  summary: 'Who said Iran sent drones.',
  history: [
    { date: d('2022-10-20'), status: 'confirmed', why: 'Wreckage & <markings> identified.', sources: [] },
    { date: d('2022-09-13'), status: 'unverified', why: 'First reports.', sources: [] },
    { date: d('2022-10-20'), status: 'contested', why: 'A second change the same day.', sources: [] },
  ],
  corrections: [{ date: d('2026-12-01'), kind: 'correction', section: 'evidence', text: 'The date of the first report was wrong.', sources: [] }],
}) as EntryLike<'claims'>;
const source = entry('sources', 'kyiv-2022', {
  title: 'A report',
  corrections: [{ date: d('2026-11-20'), kind: 'update', text: 'The publisher moved the article.', sources: [] }],
});
const actor = entry('actors', 'iran', { title: 'Government of Iran', summary: 'The government.', corrections: [] });

const parsed = (xml: string) => parseFeed(xml);

describe('a claim feed', () => {
  const xml = atomFeed(claimFeed(claim), claimEntries(claim, ORIGIN, BASE), ORIGIN, BASE);
  const feed = parsed(xml);

  it('parses as Atom with one entry per status change and per correction, newest first, dated with the change', () => {
    expect(feed.meta.type).toBe('atom');
    expect(feed.items.map((i) => [i.title, i.updated?.toISOString().slice(0, 10)])).toEqual([
      ['Correction: Iran sent drones', '2026-12-01'],
      ['Iran sent drones: Confirmed', '2022-10-20'],
      ['Iran sent drones: Contested', '2022-10-20'],
      ['Iran sent drones: Unverified', '2022-09-13'],
    ]);
  });

  it('links each entry to its page and section under the site address and base path', () => {
    expect(feed.items.map((i) => i.url)).toEqual([
      'https://example.test/explainer/claims/drones/#evidence',
      'https://example.test/explainer/claims/drones/#history-heading',
      'https://example.test/explainer/claims/drones/#history-heading',
      'https://example.test/explainer/claims/drones/#history-heading',
    ]);
    expect(feed.url).toBe('https://example.test/explainer/');
  });

  it('gives every entry its own id, the same in every build, and the feed the date of its newest entry', () => {
    const ids = feed.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids).toContain('tag:example.test,2026:/claims/drones/status/2022-10-20-2');
    expect(parsed(atomFeed(claimFeed(claim), claimEntries(claim, ORIGIN, BASE), ORIGIN, BASE)).items.map((i) => i.id)).toEqual(ids);
    expect(feed.updated?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('writes text as text: markup in a reason is escaped, not read as HTML', () => {
    // The summary is HTML (the library's choice): escaped once in the XML, a reader shows the text as written.
    expect(xml).toContain('<![CDATA[Wreckage &amp; &lt;markings&gt; identified.]]>');
    expect(feed.items.find((i) => i.title === 'Iran sent drones: Confirmed')?.description).toBe('Wreckage & <markings> identified.');
  });
});

describe('the site and corrections feeds', () => {
  const all = [claim, source, actor] as EntryLike[];

  it('the site feed has new pages (when their first date is known), status changes and corrections', () => {
    const entries = siteEntries(all, (e) => (e.id === 'iran' ? d('2026-11-01') : undefined), ORIGIN, BASE);
    expect(entries.map((e) => e.kind).sort()).toEqual(['correction', 'correction', 'page', 'status', 'status', 'status']);
    const feed = parsed(atomFeed(SITE_FEEDS.site, entries, ORIGIN, BASE));
    expect(feed.items).toHaveLength(6);
    expect(feed.items.find((i) => i.title === 'New page: Government of Iran')?.url).toBe('https://example.test/explainer/actors/iran/');
  });

  it("the corrections feed has every correction, and one on a list page links to the entry's place on it", () => {
    const feed = parsed(atomFeed(SITE_FEEDS.corrections, allCorrectionEntries(all, ORIGIN, BASE), ORIGIN, BASE));
    expect(feed.items.map((i) => [i.title, i.url])).toEqual([
      ['Correction: Iran sent drones', 'https://example.test/explainer/claims/drones/#evidence'],
      ['Update: A report', 'https://example.test/explainer/sources/#source-kyiv-2022'],
    ]);
  });

  it('an empty feed still parses, dated at the epoch rather than the build', () => {
    const feed = parsed(atomFeed(SITE_FEEDS.corrections, [], ORIGIN, BASE));
    expect(feed.items).toEqual([]);
    expect(feed.updated?.getTime()).toBe(0);
  });
});
