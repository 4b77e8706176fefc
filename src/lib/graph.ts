/**
 * The knowledge graph: built once per build from every collection, it is the only
 * thing pages ask. It is checked first (src/lib/graph-check.ts: names, references),
 * then indexed (src/lib/graph-index.ts); this file answers the pages' questions.
 */
import { ContentError } from './content-error.ts';
import { COLLECTIONS, isEntity, keyOf, titleOf, type Collection, type EntryLike, type EntryMap, type Ref } from './entries.ts';
import { checkNames, checkReferences, type CheckedEntries } from './graph-check.ts';
import { indexGraph, sourcesCitedBy, type GraphIndex, type ProseData } from './graph-index.ts';
import { nameKey } from './names.ts';
import { betweenEntities, RELATION_TYPES, type Relation, type RelationType } from './relations.ts';
import type { EntityCollection } from './vocabulary.ts';

export type { ProseData } from './graph-index.ts';
/** The entry types a graph is built over (defined in entries.ts; named here for callers of buildGraph). */

/** The built graph. */
export interface Graph<M extends EntryMap> {
  /** Entries of one collection; entity collections sorted by title, events by date. */
  list<K extends Collection>(collection: K): M[K][];
  /** One entry by collection and id. */
  get<K extends Collection>(collection: K, id: string): M[K] | undefined;
  /** The entry a reference points to (references are checked, so this always resolves). */
  deref<K extends Collection>(ref: Ref & { collection: K }): M[K];
  /** The entity a name stands for: its id, its title or any alias, in any case or dash. */
  resolve(name: string): M[EntityCollection] | undefined;
  /**
   * The sources an entry cites, each once: first those cited in its prose, in the order
   * remark-citations numbered them, then those only its fields cite.
   */
  sourcesOf(entry: EntryLike): M['sources'][];
  /** The ids of the sources an entry cites in its prose, in citation order. */
  citedInProse(entry: EntryLike): string[];
  /** The entries that cite a source, in prose or in a field. */
  citedBy(source: EntryLike): M[Collection][];
  /** The pages whose prose uses a glossary term, with how often, most uses first. */
  usageOf(term: EntryLike): Array<{ entry: M[EntityCollection]; count: number }>;
  /** Relations an entry makes (its references and prose links), in order. */
  relationsFrom(entry: EntryLike): Relation[];
  /** Relations made to an entry by others: its backlinks. */
  relationsTo(entry: EntryLike): Relation[];
  /** Backlinks grouped by relation type, in the order of RELATION_TYPES; events are left out. */
  backlinks(entry: EntryLike): Array<{ type: RelationType; heading: string; items: Array<{ entry: M[Collection]; context: string }> }>;
  /** The events an entry is involved in, by date. */
  eventsOf(entry: EntryLike): M['events'][];
  /** The entities directly linked to an entity, either way, each once with the relation types between them. */
  neighbours(entry: EntryLike): Array<{ entry: M[EntityCollection]; types: RelationType[] }>;
  /** Every relation between two entities, each pair and type once: the whole story's map. */
  entityRelations(): Relation[];
  /** Entities that share claims, makers or events with an entity but are not its neighbours, best first. */
  related(entry: EntryLike, max?: number): Array<{ entry: M[EntityCollection]; reasons: string[] }>;
}

/**
 * Checks the entries and throws every problem found as one {@link ContentError}: every
 * reference resolves; no two entities share an id, a title or an alias; a glossary
 * entry's `entity` names a real page.
 */
function checkEntries(entries: readonly EntryLike[], readText: (file: string) => string | undefined): CheckedEntries {
  const byCollection = new Map(COLLECTIONS.map((c) => [c, new Map<string, EntryLike>()]));
  for (const e of entries) byCollection.get(e.collection)?.set(e.id, e);
  const { names, problems: nameProblems } = checkNames(entries, readText);
  const { refs, problems: refProblems } = checkReferences(entries, byCollection, names, readText);
  const problems = [...nameProblems, ...refProblems];
  if (problems.length) throw new ContentError(problems);
  return { byCollection, names, refs };
}

/**
 * Builds the graph from every entry of every collection, after checking it.
 *
 * @param entries every entry of every collection
 * @param readText returns a file's text, used only to point errors at a line
 * @param prose what the remark plugins recorded for each entry's prose, by {@link keyOf}
 */
export function buildGraph<M extends EntryMap>(
  entries: M[Collection][],
  readText: (file: string) => string | undefined = () => undefined,
  prose: ReadonlyMap<string, ProseData> = new Map(),
): Graph<M> {
  return queries<M>(indexGraph(checkEntries(entries, readText), entries, prose));
}

const byTitle = (a: { entry: EntryLike }, b: { entry: EntryLike }) => titleOf(a.entry).localeCompare(titleOf(b.entry));

/** The pages' questions, answered from the indexes. */
function queries<M extends EntryMap>(index: GraphIndex): Graph<M> {
  // The index holds the caller's own entries, so they are of the caller's types.
  const typed = <T>(e: EntryLike | undefined) => e as T;
  const get = (ref: Ref) => index.byCollection.get(ref.collection as Collection)?.get(ref.id);
  const from = (e: EntryLike) => index.from.get(keyOf(e)) ?? [];
  const to = (e: EntryLike) => index.to.get(keyOf(e)) ?? [];

  const neighbours = (e: EntryLike) => {
    const found = new Map<string, { entry: M[EntityCollection]; types: RelationType[] }>();
    for (const r of [...from(e), ...to(e)]) {
      const other = get(keyOf(r.from) === keyOf(e) ? r.to : r.from)!;
      if (!isEntity(other) || keyOf(other) === keyOf(e)) continue;
      const item = found.get(keyOf(other)) ?? { entry: typed<M[EntityCollection]>(other), types: [] };
      if (!item.types.includes(r.type)) item.types.push(r.type);
      found.set(keyOf(other), item);
    }
    return [...found.values()].sort(byTitle);
  };

  const eventsOf = (e: EntryLike): M['events'][] =>
    [
      ...new Set(
        to(e)
          .filter((r) => r.type === 'involved-in')
          .map((r) => get(r.from)!),
      ),
    ]
      .sort((a, b) => (a.collection === 'events' && b.collection === 'events' ? a.data.date.getTime() - b.data.date.getTime() : 0))
      .map((ev) => typed<M['events']>(ev));

  return {
    list: (c) => [...index.byCollection.get(c)!.values()].map((e) => typed(e)),
    get: (c, id) => typed(index.byCollection.get(c)?.get(id)),
    deref: (ref) => typed(get(ref)),
    resolve: (name) => typed(index.names.get(nameKey(name))?.entry),
    sourcesOf: (e) => sourcesCitedBy(index, e).map((s) => typed(s)),
    citedInProse: (e) => index.prose.get(keyOf(e))?.citations ?? [],
    citedBy: (source) => (index.citers.get(source.id) ?? []).map((e) => typed(e)),
    usageOf: (term) =>
      index.entries
        .flatMap((e) => {
          const count = index.prose.get(keyOf(e))?.acronyms?.[term.id] ?? 0;
          return count > 0 ? [{ entry: typed<M[EntityCollection]>(e), count }] : [];
        })
        .sort((a, b) => b.count - a.count || byTitle(a, b)),
    relationsFrom: from,
    relationsTo: to,
    backlinks: (e) =>
      (Object.keys(RELATION_TYPES) as RelationType[])
        .filter((type) => type !== 'involved-in')
        .map((type) => ({
          type,
          heading: RELATION_TYPES[type].inverse,
          items: to(e)
            .filter((r) => r.type === type)
            .map((r) => ({ entry: typed<M[Collection]>(get(r.from)), context: r.context }))
            .sort(byTitle),
        }))
        .filter((g) => g.items.length > 0),
    eventsOf,
    neighbours,
    entityRelations: () => betweenEntities(index.relations),
    related: (e, max = 6) => related(e, max, { neighbours, eventsOf, from, get }).map(({ entry, reasons }) => ({ entry: typed(entry), reasons })),
  };
}

/**
 * Entities that share claims, makers or events with `e` but are not its neighbours:
 * those with the most reasons first, then by title.
 */
function related(
  e: EntryLike,
  max: number,
  q: {
    neighbours: (e: EntryLike) => Array<{ entry: EntryLike; types: RelationType[] }>;
    eventsOf: (e: EntryLike) => EntryLike[];
    from: (e: EntryLike) => Relation[];
    get: (ref: Ref) => EntryLike | undefined;
  },
): Array<{ entry: EntryLike; reasons: string[] }> {
  const direct = new Set([keyOf(e), ...q.neighbours(e).map((n) => keyOf(n.entry))]);
  const found = new Map<string, { entry: EntryLike; reasons: string[] }>();
  const add = (other: EntryLike, reason: string) => {
    if (direct.has(keyOf(other)) || !isEntity(other)) return;
    const item = found.get(keyOf(other)) ?? { entry: other, reasons: [] };
    if (!item.reasons.includes(reason)) item.reasons.push(reason);
    found.set(keyOf(other), item);
  };
  for (const n of q.neighbours(e)) {
    // Same claims: what else a claim this entry is part of involves.
    if (n.entry.collection === 'claims') for (const m of q.neighbours(n.entry)) add(m.entry, `Also part of the claim "${titleOf(n.entry)}"`);
    // Same makers: other weapon systems of this weapon's makers.
    if (n.types.includes('made-by')) for (const m of q.neighbours(n.entry)) if (m.types.includes('made-by')) add(m.entry, `Also made by ${titleOf(n.entry)}`);
  }
  for (const ev of q.eventsOf(e)) for (const r of q.from(ev)) add(q.get(r.to)!, `Shares the event "${titleOf(ev)}"`);
  return [...found.values()].sort((a, b) => b.reasons.length - a.reasons.length || byTitle(a, b)).slice(0, max);
}
