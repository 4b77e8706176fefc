/**
 * The content audit: rules a page must meet beyond its schema, checked on the whole
 * graph at every build. Every entity has sources and is linked from somewhere; every
 * claim is sourced twice (or says it rests on one), has a status on the day the article
 * was published and was checked after its latest change; every source is cited, once per
 * address; no placeholder text anywhere.
 */
import { ContentError, problemIn, type ContentProblem } from './content-error.ts';
import { walkFields } from './field-path.ts';
import { latestStatus, statusAtArticle } from './claims.ts';
import { formatDate, isoDate } from './dates.ts';
import { citationIds } from './citations.ts';
import { COLLECTIONS, fileOf, findRefs, titleOf, type EntryLike, type EntryMap } from './entries.ts';
import { buildGraph, type Graph, type ProseData } from './graph.ts';
import { percent, provenanceShare, type ProvenanceFacts, type ProvenanceShare } from './provenance.ts';
import { ARTICLE_DATE, ENTITY_COLLECTIONS } from './vocabulary.ts';

/** Words that mark unfinished text. */
const PLACEHOLDER = /\b(TBD|TODO|FIXME|lorem ipsum|placeholder)\b/i;

/** The field paths of every empty `sources` list in a value. */
function emptySourceLists(value: unknown): string[] {
  const found: string[] = [];
  walkFields(value, (v, field) => {
    if (Array.isArray(v) && v.length === 0 && /(^|\.)sources$/.test(field)) found.push(field);
  });
  return found;
}

/** Every string in a value, with its field path. */
function strings(value: unknown): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  walkFields(value, (v, field) => void (typeof v === 'string' && found.push([field, v])));
  return found;
}

/** What every rule is handed: the graph, and a way to report a problem in an entry. */
interface Audit<M extends EntryMap> {
  graph: Graph<M>;
  add: (e: EntryLike, problem: string, fix: string, field?: string, rule?: string) => void;
  problems: ContentProblem[];
  citedElsewhere: ReadonlySet<string>;
  readText: (file: string) => string | undefined;
}

/** Every entity page has sources and is linked from somewhere. */
function auditEntities<M extends EntryMap>({ graph, add }: Audit<M>): void {
  for (const collection of ENTITY_COLLECTIONS) {
    for (const e of graph.list(collection)) {
      if (graph.sourcesOf(e).length === 0) {
        add(e, 'the page cites no source.', 'Cite the sources of its facts in its prose with [@source-id].');
      }
      const inbound = graph.relationsTo(e).filter((r) => r.from.collection !== 'glossary');
      if (inbound.length === 0) {
        add(
          e,
          `no other page or event links to "${titleOf(e)}", so readers cannot reach it.`,
          `Link it from a related page with [[${e.id}]], or name it in an event's actors, weapons or claims.`,
          undefined,
          'content/orphan-page',
        );
      }
    }
  }
}

/**
 * Every claim names a claimant, has a status on the day the article was published, is
 * sourced by two publishers (or says it rests on one) and was checked after its latest change.
 */
function auditClaims<M extends EntryMap>({ graph, add }: Audit<M>): void {
  const articleDay = isoDate(ARTICLE_DATE);
  for (const claim of graph.list('claims')) {
    const { data } = claim;
    if (!data.claimants?.length) {
      add(
        claim,
        'the claim names no claimant.',
        'Add under claimants who asserted it: - actor: <their actor id>, date: <when, YYYY-MM-DD>, said: <what they said>, sources: [<the ids of the sources that report it>].',
        'claimants',
      );
    }
    if (!data.history?.length) {
      add(
        claim,
        'the claim has no status history.',
        `Add under history: the status the claim had on ${articleDay}, with its date, status, why and sources.`,
        'history',
      );
    } else if (!statusAtArticle(data.history)) {
      // A claim page shows its status when the article was published, so one must exist.
      add(
        claim,
        `no status is dated on or before ${formatDate(ARTICLE_DATE)}, the day the article was published.`,
        `Add a first history entry dated on or before ${articleDay} giving the status the claim had then.`,
        'history',
      );
    }
    const publishers = new Set(graph.sourcesOf(claim).map((s) => s.data.publisher));
    if (publishers.size < 2 && !data.singleSource) {
      add(
        claim,
        `the claim cites ${publishers.size} publisher${publishers.size === 1 ? '' : 's'}; a claim needs at least two independent sources.`,
        'Cite a second, independent source, or set singleSource: true and say in the prose that the claim rests on one source.',
        'singleSource',
      );
    }
    const latest = latestStatus(data.history ?? []);
    if (latest && data.checked && data.checked.getTime() < latest.date.getTime()) {
      add(
        claim,
        'the date the claim was checked is before its latest status change.',
        `Check the claim against its sources again and set checked: to that day (on or after ${isoDate(latest.date)}, its latest status change).`,
        'checked',
      );
    }
  }
}

/** Every source is cited somewhere, and no two sources share an address. */
function auditSources<M extends EntryMap>({ graph, add, citedElsewhere }: Audit<M>): void {
  const byUrl = new Map<string, EntryLike>();
  for (const source of graph.list('sources')) {
    // A source read only in a copy is known by the copy's address.
    const url = source.data.url ?? source.data.copy?.url;
    const prior = url ? byUrl.get(url) : undefined;
    if (prior)
      add(
        source,
        `the same address is already the source ${prior.filePath ?? prior.id}.`,
        `Delete this file and cite "${prior.id}" instead.`,
        source.data.url ? 'url' : 'copy.url',
      );
    else if (url) byUrl.set(url, source);
    if (graph.citedBy(source).length === 0 && !citedElsewhere.has(source.id)) {
      add(source, 'no page cites this source.', `Cite it with [@${source.id}] where it supports a fact, or delete the file.`);
    }
  }
}

/** The placeholders in an entry: in its file as written, or (without the file) in its data and prose. */
function placeholders(e: EntryLike, text: string | undefined): Array<{ line?: number; word: string; where: string }> {
  if (text !== undefined) {
    return text.split(/\r?\n/).flatMap((l, i) => {
      const m = PLACEHOLDER.exec(l);
      // In a comment ("# TODO: …" after a value) the marker is a note to delete, not text to write.
      const inComment = m && /(^|\s)#/.test(l.slice(0, m.index));
      return m ? [{ line: i + 1, word: m[0], where: inComment ? 'a comment on this line' : 'this line' }] : [];
    });
  }
  return [...strings(e.data), ['body', e.body ?? ''] as [string, string]].flatMap(([field, value]) => {
    const m = PLACEHOLDER.exec(value);
    return m ? [{ word: m[0], where: field === 'body' ? 'the prose' : `field ${field}` }] : [];
  });
}

/** In every file: no empty list of sources, no placeholder text. */
function auditFiles<M extends EntryMap>({ graph, add, problems, readText }: Audit<M>): void {
  for (const collection of COLLECTIONS) {
    for (const e of graph.list(collection)) {
      // Every list of sources a field has must hold one (a glossary term's sources are optional).
      if (collection !== 'glossary') {
        for (const field of emptySourceLists(e.data)) {
          add(e, `${field} lists no source.`, 'List the id of at least one source that reports it, e.g. sources: [kyiv-independent-2022-11-08].', field);
        }
      }
      // Placeholders are looked for in the file as written, comments included, so a TODO
      // left by `npm run new` keeps a page from being published until it is dealt with.
      const file = fileOf(e);
      for (const f of placeholders(e, readText(file))) {
        const fix = f.where.startsWith('a comment')
          ? 'Make sure the value on this line is right, then delete the comment (or at least its TODO).'
          : 'Replace it with sourced text (or leave the point out until a source is found), then delete the marker.';
        problems.push({ file, line: f.line, problem: `unfinished text "${f.word}" in ${f.where}.`, fix, rule: 'content/placeholder' });
      }
    }
  }
}

/**
 * Audits the content. `citedElsewhere` holds source ids cited by the site's own pages
 * (such as /about/), which count as citations; `readText` points problems at lines.
 */
export function auditContent<M extends EntryMap>(
  graph: Graph<M>,
  citedElsewhere: ReadonlySet<string> = new Set(),
  readText: (file: string) => string | undefined = () => undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (e: EntryLike, problem: string, fix: string, field?: string, rule?: string) =>
    void problems.push(problemIn(fileOf(e), readText, { field, problem, fix, rule }));
  const audit: Audit<M> = { graph, add, problems, citedElsewhere, readText };
  for (const rules of [auditEntities, auditClaims, auditSources, auditFiles]) rules(audit);
  return problems;
}

/**
 * Builds the graph of `entries` and audits it, for the content check (which has no Astro):
 * the problems of the graph's checks (names, references) or, if it builds, of the audit.
 *
 *   auditEntries([orphanActor, …], prose, readText) // → [{ file: 'content/actors/x.mdx', problem: 'no page links to …', … }]
 */
export function auditEntries(
  entries: readonly EntryLike[],
  prose: ReadonlyMap<string, ProseData>,
  readText: (file: string) => string | undefined,
  citedElsewhere: ReadonlySet<string> = new Set(),
): ContentProblem[] {
  try {
    return auditContent(buildGraph<EntryMap>(entries as EntryMap[keyof EntryMap][], readText, prose), citedElsewhere, readText);
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
}

/**
 * Warnings that do not fail the build: glossary terms that no page's prose uses (terms
 * the site's own pages use are passed in `usedElsewhere`). A term
 * may be kept for a reader who meets it elsewhere, but it is worth a look.
 */
export function glossaryWarnings<M extends EntryMap>(graph: Graph<M>, usedElsewhere: ReadonlySet<string> = new Set()): string[] {
  return graph
    .list('glossary')
    .filter((term) => graph.usageOf(term).length === 0 && !usedElsewhere.has(term.id))
    .map((term) => `${term.filePath ?? term.id}: the term "${titleOf(term)}" is defined but no page uses it; remove it if no reader will need it.`);
}

/**
 * Each claim page's provenance share: of its citations (every [@id] in its prose and every
 * source id in its fields, repeats counted), how many credit an independent original
 * reporter or primary document (src/lib/provenance.ts).
 */
export function provenanceShares<M extends EntryMap>(graph: Graph<M>): Array<{ claim: EntryLike; share: ProvenanceShare }> {
  const sources = new Map(graph.list('sources').map((s) => [s.id, s.data as ProvenanceFacts]));
  return graph.list('claims').map((claim) => {
    const cited = [
      ...citationIds(claim.body ?? ''),
      ...findRefs(claim.data)
        .filter((r) => r.collection === 'sources')
        .map((r) => r.id),
    ];
    return { claim, share: provenanceShare(cited, (id) => sources.get(id)) };
  });
}

/** The build summary's line for each claim page: its provenance share. */
export function provenanceSummary(shares: ReturnType<typeof provenanceShares>): string[] {
  return shares.map(
    ({ claim, share }) => `${claim.id}: ${percent(share)} of ${share.citations} citations credit an independent original reporter or primary document.`,
  );
}

/** A warning for each claim page under one half, naming the sources that pull it down. */
export function provenanceWarnings(shares: ReturnType<typeof provenanceShares>): string[] {
  return shares
    .filter(({ share }) => share.originals * 2 < share.citations)
    .map(({ claim, share }) => {
      const weak = share.weak.map((w) => `${w.id} (${w.times}×, ${w.why})`).join(', ');
      return `${claim.filePath ?? claim.id}: only ${percent(share)} of the page's ${share.citations} citations credit an independent original reporter or primary document; it leans on ${weak}. Cite the original reports these rest on.`;
    });
}
