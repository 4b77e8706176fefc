/**
 * Indexing the checked entries for the graph's queries: each collection in reading order,
 * every relation (from fields, glossary terms and prose links) grouped by both ends, and
 * the entries that cite each source.
 */
import type { CheckedEntries } from './graph-check.ts';
import { findRefs, keyOf, titleOf, type Collection, type EntryLike, type EntryOf, type Ref } from './entries.ts';
import { nameKey } from './names.ts';
import { fieldRelation, type ProseLink, type Relation } from './relations.ts';

/** What remark-citations, remark-wikilinks and remark-acronyms found in an entry's prose. */
export interface ProseData {
  /** Cited source ids in citation order. */
  citations: string[];
  /** Pages linked, with the sentence of each link. */
  links: ProseLink[];
  /** How often each glossary term (by id) is used, as counted by remark-acronyms. */
  acronyms?: Record<string, number>;
}

/** The graph's indexes, built once. */
export interface GraphIndex extends CheckedEntries {
  entries: readonly EntryLike[];
  prose: ReadonlyMap<string, ProseData>;
  relations: Relation[];
  /** Relations by the key of the entry they start from. */
  from: Map<string, Relation[]>;
  /** Relations by the key of the entry they lead to. */
  to: Map<string, Relation[]>;
  /** Source id → the entries citing it, in prose or in a field. */
  citers: Map<string, EntryLike[]>;
}

const eventTime = (e: EntryLike) => (e.collection === 'events' ? e.data.date.getTime() : 0);

/** Entity collections sorted by title, events by date (then id). */
function sorted(collection: Collection, entries: Iterable<EntryLike>): EntryLike[] {
  return [...entries].sort((a, b) =>
    collection === 'events' ? eventTime(a) - eventTime(b) || a.id.localeCompare(b.id) : titleOf(a).localeCompare(titleOf(b)),
  );
}

const refOf = (e: Ref): Ref => ({ collection: e.collection, id: e.id });

/** Every relation the entries make: their references, their glossary `entity`, their prose links. */
function relationsOf(checked: CheckedEntries, entries: readonly EntryLike[], prose: ReadonlyMap<string, ProseData>): Relation[] {
  const relations: Relation[] = [];
  for (const e of entries) {
    for (const ref of checked.refs.get(e)!) {
      const rel = fieldRelation(e, ref);
      if (rel) relations.push({ from: refOf(e), to: refOf(ref), ...rel });
    }
    if (e.collection === 'glossary' && e.data.entity) {
      const target = checked.names.get(nameKey(e.data.entity))!.entry;
      relations.push({ from: refOf(e), to: refOf(target), type: 'stands-for', context: e.data.expansion });
    }
    for (const link of prose.get(keyOf(e))?.links ?? []) {
      const target = checked.names.get(nameKey(link.id))?.entry;
      if (target && target !== e) relations.push({ from: refOf(e), to: refOf(target), type: 'mentions', context: link.sentence });
    }
  }
  return relations;
}

/**
 * The sources an entry cites, each once: first those cited in its prose, in citation
 * order, then those only its fields cite.
 */
export function sourcesCitedBy(index: Pick<GraphIndex, 'prose' | 'refs' | 'byCollection'>, e: EntryLike): EntryOf<'sources'>[] {
  const inProse = index.prose.get(keyOf(e))?.citations ?? [];
  const inFields = (index.refs.get(e) ?? findRefs(e.data)).filter((r) => r.collection === 'sources').map((r) => r.id);
  const sources = index.byCollection.get('sources')!;
  return [...new Set([...inProse, ...inFields])].flatMap((id) => {
    const s = sources.get(id);
    return s?.collection === 'sources' ? [s] : [];
  });
}

/** Builds the indexes from checked entries and what their prose holds. */
export function indexGraph(checked: CheckedEntries, entries: readonly EntryLike[], prose: ReadonlyMap<string, ProseData>): GraphIndex {
  const byCollection = new Map<Collection, Map<string, EntryLike>>();
  for (const [collection, map] of checked.byCollection) byCollection.set(collection, new Map(sorted(collection, map.values()).map((e) => [e.id, e])));
  const relations = relationsOf(checked, entries, prose);
  const base = { ...checked, byCollection, entries, prose };
  const citers = new Map<string, EntryLike[]>();
  for (const e of entries) {
    for (const s of sourcesCitedBy(base, e)) {
      const list = citers.get(s.id);
      if (list) list.push(e);
      else citers.set(s.id, [e]);
    }
  }
  return {
    ...base,
    relations,
    from: Map.groupBy(relations, (r) => keyOf(r.from)),
    to: Map.groupBy(relations, (r) => keyOf(r.to)),
    citers,
  };
}
