/**
 * The content audit: rules a page must meet beyond its schema, checked on the whole
 * graph at every build. Every entity has sources and is linked from somewhere; every
 * claim is sourced twice (or says it rests on one) and was checked after its latest
 * change; every source is cited, once per address; no placeholder text anywhere.
 */
import type { ContentProblem } from './content-error.ts';
import { locateField } from './content-error.ts';
import { latestStatus, type StatusChange } from './claims.ts';
import { titleOf, type EntryLike, type EntryMap, type Graph } from './graph.ts';
import { ENTITY_COLLECTIONS } from './vocabulary.ts';

/** Words that mark unfinished text. */
const PLACEHOLDER = /\b(TBD|TODO|FIXME|lorem ipsum|placeholder)\b/i;

/** Every string in a value, with its field path. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
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
  const add = (e: EntryLike, problem: string, fix: string, field?: string, value?: string) => {
    const file = e.filePath ?? `${e.collection}/${e.id}`;
    const text = readText(file);
    problems.push({ file, line: text ? locateField(text, field, value) : undefined, field, problem, fix });
  };

  for (const collection of ENTITY_COLLECTIONS) {
    for (const e of graph.list(collection)) {
      if (graph.sourcesOf(e).length === 0) {
        add(e, 'the page cites no source.', 'Cite the sources of its facts in its prose with [@source-id].');
      }
      const inbound = graph.relationsTo(e).filter((r) => r.from.collection !== 'glossary');
      if (inbound.length === 0) {
        add(e, `no other page or event links to "${titleOf(e)}", so readers cannot reach it.`, `Link it from a related page with [[${e.id}]], or name it in an event's actors, weapons or claims.`);
      }
    }
  }

  for (const claim of graph.list('claims')) {
    const data = claim.data as { singleSource?: boolean; checked?: Date; history?: StatusChange[] };
    const publishers = new Set(graph.sourcesOf(claim).map((s) => (s.data as { publisher: string }).publisher));
    if (publishers.size < 2 && !data.singleSource) {
      add(claim, `the claim cites ${publishers.size} publisher${publishers.size === 1 ? '' : 's'}; a claim needs at least two independent sources.`, 'Cite a second, independent source, or set singleSource: true and say in the prose that the claim rests on one source.', 'singleSource');
    }
    const latest = latestStatus(data.history ?? []);
    if (latest && data.checked && data.checked.getTime() < latest.date.getTime()) {
      add(claim, 'the date the claim was checked is before its latest status change.', 'Set checked: to the day you last checked the claim against its sources.', 'checked');
    }
  }

  const byUrl = new Map<string, EntryLike>();
  for (const source of graph.list('sources')) {
    const { url } = source.data as { url: string };
    const prior = byUrl.get(url);
    if (prior) add(source, `the same address is already the source ${prior.filePath ?? prior.id}.`, `Delete this file and cite "${prior.id}" instead.`, 'url', url);
    else byUrl.set(url, source);
    if (graph.citedBy(source).length === 0 && !citedElsewhere.has(source.id)) {
      add(source, 'no page cites this source.', `Cite it with [@${source.id}] where it supports a fact, or delete the file.`);
    }
  }

  for (const collection of ['actors', 'weapons', 'claims', 'sources', 'events', 'glossary'] as const) {
    for (const e of graph.list(collection)) {
      const body = (e as { body?: string }).body ?? '';
      for (const [field, value] of [...strings(e.data), ['body', body] as [string, string]]) {
        const m = PLACEHOLDER.exec(value);
        if (m) add(e, `unfinished text "${m[0]}" in ${field === 'body' ? 'the prose' : `field ${field}`}.`, 'Replace it with sourced text, or leave the point out until a source is found.', field === 'body' ? undefined : field, m[0]);
      }
    }
  }
  return problems;
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
