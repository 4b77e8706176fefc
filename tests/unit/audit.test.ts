import { describe, expect, it } from 'vitest';
import { auditContent, auditEntries, glossaryWarnings, provenanceShares, provenanceSummary, provenanceWarnings } from '../../src/lib/audit.ts';
import { buildGraph, type ProseData } from '../../src/lib/graph.ts';
import type { EntryMap } from '../../src/lib/entries.ts';

type Entries = EntryMap[keyof EntryMap][];

const ref = (collection: string, id: string) => ({ collection, id });
const d = (s: string) => new Date(s);

/** A small site that meets every rule; `patch` may change its entries and what their prose cites. */
function content(patch: (e: Record<string, any>, prose: Map<string, ProseData>) => void = () => {}) {
  const e: Record<string, any> = {
    ryder: {
      collection: 'actors',
      id: 'ryder',
      filePath: 'content/actors/ryder.mdx',
      body: 'Prose.',
      data: { title: 'Ryder', aliases: [], roles: [{ title: 'Spokesman', organization: ref('actors', 'dod'), sources: [ref('sources', 's1')] }] },
    },
    dod: { collection: 'actors', id: 'dod', filePath: 'content/actors/dod.mdx', body: '', data: { title: 'DoD', aliases: [] } },
    claim: {
      collection: 'claims',
      id: 'claim',
      filePath: 'content/claims/claim.mdx',
      body: '',
      data: {
        title: 'A claim',
        aliases: [],
        claimants: [{ actor: ref('actors', 'ryder'), date: d('2022-11-08'), said: 'x', sources: [ref('sources', 's1')] }],
        history: [{ date: d('2022-11-08'), status: 'unverified', why: 'y', sources: [ref('sources', 's2')] }],
        checked: d('2026-11-24'),
        singleSource: false,
      },
    },
    s1: {
      collection: 'sources',
      id: 's1',
      filePath: 'content/sources/s1.yaml',
      data: { title: 'S1', publisher: 'Kyiv Independent', url: 'https://a.example/1' },
    },
    s2: { collection: 'sources', id: 's2', filePath: 'content/sources/s2.yaml', data: { title: 'S2', publisher: 'Reuters', url: 'https://b.example/2' } },
    event: {
      collection: 'events',
      id: 'event',
      filePath: 'content/events/event.yaml',
      data: { title: 'E', date: d('2022-11-08'), actors: [ref('actors', 'dod')], claims: [ref('claims', 'claim')], sources: [ref('sources', 's1')] },
    },
  };
  const prose = new Map<string, ProseData>([['actors/dod', { citations: ['s1'], links: [] }]]);
  patch(e, prose);
  return { entries: Object.values(e) as unknown as Entries, prose };
}
const audit = ({ entries, prose }: ReturnType<typeof content>, elsewhere = new Set<string>()) =>
  auditContent(
    buildGraph(entries, () => undefined, prose),
    elsewhere,
  );

describe('auditEntries (the content check builds the graph itself)', () => {
  it("gives the audit's problems for entries whose graph builds", () => {
    const { entries, prose } = content((_, p) => p.delete('actors/dod'));
    expect(auditEntries(entries, prose, () => undefined).map((p) => p.problem)).toEqual(['the page cites no source.']);
  });
  it("gives the graph's own problems, not an exception, when it cannot be built", () => {
    const { entries, prose } = content((e) => (e.ryder.data.roles[0].organization = ref('actors', 'no-such-actor')));
    const problems = auditEntries(entries, prose, () => undefined);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/actors/ryder.mdx', field: 'roles[0].organization' });
    expect(problems[0]!.problem).toContain('"no-such-actor" is not an entry of the actors collection');
  });
  it("counts a source cited by the site's own pages as cited", () => {
    const { entries, prose } = content(
      (e) =>
        (e.s3 = { collection: 'sources', id: 's3', filePath: 'content/sources/s3.yaml', data: { title: 'S3', publisher: 'AP', url: 'https://c.example/3' } }),
    );
    expect(auditEntries(entries, prose, () => undefined).map((p) => p.problem)).toEqual(['no page cites this source.']);
    expect(auditEntries(entries, prose, () => undefined, new Set(['s3']))).toEqual([]);
  });
});

describe('auditContent', () => {
  it('passes content that meets every rule', () => {
    expect(audit(content())).toEqual([]);
  });
  it('flags a page that cites no source', () => {
    const problems = audit(content((_, prose) => prose.delete('actors/dod')));
    expect(problems.map((p) => [p.file, p.problem])).toEqual([['content/actors/dod.mdx', 'the page cites no source.']]);
  });
  it('flags a page nothing links to', () => {
    const problems = audit(
      content((e) => ((e.event.data.actors = [ref('actors', 'ryder')]), (e.ryder.data.roles = [{ title: 'x', sources: [ref('sources', 's1')] }]))),
    );
    expect(problems.map((p) => p.problem)).toEqual(['no other page or event links to "DoD", so readers cannot reach it.']);
  });
  it('flags a claim with one publisher unless marked single-source', () => {
    const one = content((e) => (e.s2.data.publisher = 'Kyiv Independent'));
    expect(audit(one)[0]).toMatchObject({ file: 'content/claims/claim.mdx', field: 'singleSource' });
    expect(audit(content((e) => ((e.s2.data.publisher = 'Kyiv Independent'), (e.claim.data.singleSource = true))))).toEqual([]);
  });
  it('flags a claim with no status on the day the article was published', () => {
    const late = content((e) => (e.claim.data.history[0].date = d('2024-09-10')));
    expect(audit(late)).toEqual([
      {
        file: 'content/claims/claim.mdx',
        line: undefined,
        field: 'history',
        problem: 'no status is dated on or before 9 November 2022, the day the article was published.',
        fix: 'Add a first history entry dated on or before 2022-11-09 giving the status the claim had then.',
      },
    ]);
    expect(audit(content((e) => (e.claim.data.history[0].date = d('2022-11-09'))))).toEqual([]);
  });
  it('flags a claim checked before its latest change', () => {
    expect(audit(content((e) => (e.claim.data.checked = d('2022-01-01'))))[0]).toMatchObject({ field: 'checked' });
  });
  it('flags an uncited source unless a site page cites it, and a duplicate address', () => {
    const extra = content(
      (e) =>
        (e.s3 = { collection: 'sources', id: 's3', filePath: 'content/sources/s3.yaml', data: { title: 'S3', publisher: 'P', url: 'https://a.example/1' } }),
    );
    expect(audit(extra).map((p) => p.problem)).toEqual(['the same address is already the source content/sources/s1.yaml.', 'no page cites this source.']);
    expect(audit(extra, new Set(['s3'])).map((p) => p.problem)).toEqual(['the same address is already the source content/sources/s1.yaml.']);
  });
  it("knows a source read only in a copy by the copy's address", () => {
    const copy = { host: 'Brisbane Times', url: 'https://a.example/1', relation: 'wire-copy' };
    const extra = content((e) => {
      e.s3 = { collection: 'sources', id: 's3', filePath: 'content/sources/s3.yaml', data: { title: 'S3', publisher: 'Reuters', copy } };
      e.claim.data.history[0].sources.push(ref('sources', 's3'));
    });
    expect(audit(extra)).toEqual([
      expect.objectContaining({
        file: 'content/sources/s3.yaml',
        field: 'copy.url',
        problem: 'the same address is already the source content/sources/s1.yaml.',
      }),
    ]);
  });

  it('flags placeholder text in prose and fields', () => {
    const problems = audit(content((e) => ((e.ryder.body = 'Role TBD.'), (e.s1.data.title = 'todo: find title'))));
    expect(problems.map((p) => p.problem)).toEqual(['unfinished text "TBD" in the prose.', 'unfinished text "todo" in field title.']);
  });
});

describe('glossaryWarnings', () => {
  it('warns about a term no page uses, unless a site page uses it', () => {
    const { entries, prose } = content((e) => (e.term = { collection: 'glossary', id: 'uav', filePath: 'content/glossary/uav.yaml', data: { term: 'UAV' } }));
    const graph = buildGraph(entries, () => undefined, prose);
    expect(glossaryWarnings(graph)).toEqual(['content/glossary/uav.yaml: the term "UAV" is defined but no page uses it; remove it if no reader will need it.']);
    expect(glossaryWarnings(graph, new Set(['uav']))).toEqual([]);
    const used = buildGraph(entries, () => undefined, new Map([...prose, ['actors/ryder', { citations: [], links: [], acronyms: { uav: 2 } }]]));
    expect(glossaryWarnings(used)).toEqual([]);
    expect(used.usageOf(used.get('glossary', 'uav')!).map((u) => [u.entry.id, u.count])).toEqual([['ryder', 2]]);
  });
});

describe('provenance', () => {
  /** The small site, with the claim citing `cited` in its prose besides s1 (claimant) and s2 (history). */
  const site = (cited: string, patch: (e: Record<string, any>) => void = () => {}) => {
    const { entries, prose } = content((e) => {
      e.rt = {
        collection: 'sources',
        id: 'rt',
        filePath: 'content/sources/rt.yaml',
        data: { title: 'RT', publisher: 'RT', url: 'https://rt.example/1', kind: 'state-affiliated-media' },
      };
      e.claim.body = cited;
      for (const s of ['s1', 's2']) e[s].data.kind = 'newspaper';
      patch(e);
    });
    return buildGraph(entries, () => undefined, prose);
  };

  it('counts every citation of a claim page, in prose and fields, and prints its share', () => {
    const shares = provenanceShares(site('As reported [@s1] and by RT [@rt].'));
    expect(shares.map(({ claim, share }) => [claim.id, share.citations, share.originals])).toEqual([['claim', 4, 3]]);
    expect(provenanceSummary(shares)).toEqual(['claim: 75% of 4 citations credit an independent original reporter or primary document.']);
    expect(provenanceWarnings(shares)).toEqual([]);
  });

  it('warns about a claim page under one half, naming the records that pull it down', () => {
    const graph = site('RT said so [@rt], twice [@rt; @s2].', (e) => (e.s2.data.retells = 'The Washington Post'));
    expect(provenanceWarnings(provenanceShares(graph))).toEqual([
      "content/claims/claim.mdx: only 20% of the page's 5 citations credit an independent original reporter or primary document; it leans on rt (2×, state-affiliated media), s2 (2×, retells The Washington Post). Cite the original reports these rest on.",
    ]);
  });

  it('does not warn at exactly one half', () => {
    expect(provenanceWarnings(provenanceShares(site('RT [@rt; @rt].')))).toEqual([]);
  });
});
