/**
 * The knowledge graph: built once per build from every collection, it is the only
 * thing pages ask. It indexes entries by id and by every name they go by, and it
 * refuses content whose references do not resolve or whose names collide, with an
 * error naming the file, the line and the field (Astro alone only logs a bad reference).
 */
import { ContentError, locateField, type ContentProblem } from './content-error.ts';
import { statusAtArticle, type StatusChange } from './claims.ts';
import { nameKey } from './names.ts';
import { fieldRelation, RELATION_TYPES, type ProseLink, type Relation, type RelationType } from './relations.ts';
import { ENTITY_COLLECTIONS, type EntityCollection } from './vocabulary.ts';

/** Every collection the site has. */
export const COLLECTIONS = [...ENTITY_COLLECTIONS, 'sources', 'events', 'glossary'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** The least the graph needs of a content entry (an Astro collection entry fits). */
export interface EntryLike {
  id: string;
  collection: string;
  /** Path from the project root, as Astro's glob loader records it. */
  filePath?: string;
  /** The prose of an MDX entry. */
  body?: string;
  data: unknown;
}

/** The entries of each collection, typed by the caller. */
export type EntryMap = { [K in Collection]: EntryLike & { collection: K } };

/** A reference from one entry to another, as Astro's `reference()` resolves it. */
export interface Ref {
  collection: string;
  id: string;
}

/** A reference found in an entry's data, with the field path it was found at. */
export interface FoundRef extends Ref {
  field: string;
}

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

/** What remark-citations and remark-wikilinks found in an entry's prose. */
export interface ProseData {
  /** Cited source ids in citation order. */
  citations: string[];
  /** Pages linked, with the sentence of each link. */
  links: ProseLink[];
  /** How often each glossary term (by id) is used, as counted by remark-acronyms. */
  acronyms?: Record<string, number>;
}

/** The key of an entry in maps: `collection/id`. */
export const keyOf = (e: Ref) => `${e.collection}/${e.id}`;

/**
 * Finds every `{ collection, id }` reference in a value, recording the field path,
 * e.g. `{ makers: [{collection:'actors', id:'rtx'}] }` gives `makers[0] → actors/rtx`.
 */
export function findRefs(value: unknown, path = ''): FoundRef[] {
  if (value === null || typeof value !== 'object' || value instanceof Date) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => findRefs(v, `${path}[${i}]`));
  const obj = value as Record<string, unknown>;
  if (
    typeof obj.collection === 'string' &&
    typeof obj.id === 'string' &&
    (COLLECTIONS as readonly string[]).includes(obj.collection)
  ) {
    return [{ collection: obj.collection, id: obj.id, field: path }];
  }
  return Object.entries(obj).flatMap(([k, v]) => findRefs(v, path ? `${path}.${k}` : k));
}

/** The display title of an entry: `title` for entities and sources, `term` for glossary terms. */
export function titleOf(entry: EntryLike): string {
  const data = entry.data as { title?: string; term?: string };
  return data.title ?? data.term ?? entry.id;
}

function eventTime(entry: EntryLike): number {
  return ((entry.data as { date?: Date }).date ?? new Date(0)).getTime();
}

function isEntity(entry: EntryLike): boolean {
  return (ENTITY_COLLECTIONS as readonly string[]).includes(entry.collection);
}

/**
 * Builds the graph and checks it: every reference resolves; no two entities share an
 * id, a title or an alias; a glossary entry's `entity` names a real page. All problems
 * are gathered and thrown together as one {@link ContentError}.
 *
 * @param entries every entry of every collection
 * @param readText returns a file's text, used only to point errors at a line
 */
export function buildGraph<M extends EntryMap>(
  entries: M[Collection][],
  readText: (file: string) => string | undefined = () => undefined,
  prose: ReadonlyMap<string, ProseData> = new Map(),
): Graph<M> {
  const problems: ContentProblem[] = [];
  const fileOf = (e: EntryLike) => e.filePath ?? `${e.collection}/${e.id}`;
  const report = (e: EntryLike, field: string | undefined, value: string | undefined, problem: string, fix: string) => {
    const file = fileOf(e);
    const text = readText(file);
    problems.push({ file, line: text ? locateField(text, field, value) : undefined, field, problem, fix });
  };

  const byCollection = new Map<string, Map<string, EntryLike>>();
  for (const c of COLLECTIONS) byCollection.set(c, new Map());
  for (const e of entries) byCollection.get(e.collection)?.set(e.id, e);

  // Names: ids, titles and aliases of entities share one namespace, because a wikilink
  // or a search for any of them must land on exactly one page.
  const names = new Map<string, { entry: EntryLike; field: string; name: string }>();
  for (const e of entries.filter(isEntity)) {
    const aliases = (e.data as { aliases?: string[] }).aliases ?? [];
    const claimed: Array<[string, string]> = [
      ['id', e.id],
      ['title', titleOf(e)],
      ...aliases.map((a, i): [string, string] => [`aliases[${i}]`, a]),
    ];
    const own = new Set<string>();
    for (const [field, name] of claimed) {
      const key = nameKey(name);
      if (!key || own.has(key)) continue;
      own.add(key);
      const prior = names.get(key);
      if (prior) {
        const what = field === 'id' ? 'id' : field === 'title' ? 'title' : 'alias';
        report(
          e,
          field === 'id' ? undefined : field,
          field === 'id' ? undefined : name,
          `the ${what} "${name}" is already claimed by ${fileOf(prior.entry)} (its ${prior.field} "${prior.name}").`,
          field === 'id'
            ? 'Rename one of the two files: ids are file names and must be unique across actors, weapons and claims.'
            : `Remove "${name}" from one of the two files, or make it more specific so each name leads to one page.`,
        );
      } else {
        names.set(key, { entry: e, field, name });
      }
    }
  }

  // References: Astro only logs a reference to a missing entry; here it fails the build.
  const refsByEntry = new Map<EntryLike, FoundRef[]>();
  for (const e of entries) {
    const refs = findRefs(e.data);
    refsByEntry.set(e, refs);
    for (const ref of refs) {
      if (!byCollection.get(ref.collection)?.has(ref.id)) {
        const known = [...(byCollection.get(ref.collection)?.keys() ?? [])];
        report(
          e,
          ref.field,
          ref.id,
          `"${ref.id}" is not an entry of the ${ref.collection} collection.`,
          `Use the id (file name without extension) of a file in content/${ref.collection}/${suggest(ref.id, known)}, or add that file.`,
        );
      }
    }
    const entity = (e.data as { entity?: unknown }).entity;
    if (e.collection === 'glossary' && typeof entity === 'string' && !names.has(nameKey(entity))) {
      report(e, 'entity', entity, `"${entity}" is not the id or alias of any actor, weapon or claim page.`, 'Use the id of an existing page, or remove the field if the term has no page.');
    }
  }

  // A claim page shows its status when the article was published, so one must exist.
  for (const e of byCollection.get('claims')!.values()) {
    const history = (e.data as { history?: StatusChange[] }).history ?? [];
    if (history.length && !statusAtArticle(history)) {
      report(
        e,
        'history',
        undefined,
        'no status is dated on or before 9 November 2022, the day the article was published.',
        'Add a first history entry dated on or before 2022-11-09 giving the status the claim had then.',
      );
    }
  }

  if (problems.length) throw new ContentError(problems);

  for (const [collection, map] of byCollection) {
    const sorted = [...map.values()].sort((a, b) =>
      collection === 'events' ? eventTime(a) - eventTime(b) || a.id.localeCompare(b.id) : titleOf(a).localeCompare(titleOf(b)),
    );
    byCollection.set(collection, new Map(sorted.map((e) => [e.id, e])));
  }

  const get = (ref: Ref) => byCollection.get(ref.collection)?.get(ref.id);

  // Relations: from frontmatter references, from glossary entries, and from prose links.
  const relations: Relation[] = [];
  for (const e of entries) {
    for (const ref of refsByEntry.get(e)!) {
      const rel = fieldRelation(e.collection, e.data, ref);
      if (rel) relations.push({ from: { collection: e.collection, id: e.id }, to: { collection: ref.collection, id: ref.id }, ...rel });
    }
    const { entity, expansion } = e.data as { entity?: string; expansion?: string };
    if (e.collection === 'glossary' && entity) {
      const target = names.get(nameKey(entity))!.entry;
      relations.push({ from: { collection: e.collection, id: e.id }, to: { collection: target.collection, id: target.id }, type: 'stands-for', context: expansion ?? '' });
    }
    for (const link of prose.get(keyOf(e))?.links ?? []) {
      const target = names.get(nameKey(link.id))?.entry;
      if (target && target !== e) {
        relations.push({ from: { collection: e.collection, id: e.id }, to: { collection: target.collection, id: target.id }, type: 'mentions', context: link.sentence });
      }
    }
  }
  const from = groupBy(relations, (r) => keyOf(r.from));
  const to = groupBy(relations, (r) => keyOf(r.to));
  const typeOrder = Object.keys(RELATION_TYPES) as RelationType[];
  const entityKeys = new Set(entries.filter(isEntity).map(keyOf));

  const sourcesOf = (e: EntryLike): M['sources'][] => {
    const inProse = prose.get(keyOf(e))?.citations ?? [];
    const inFields = (refsByEntry.get(e) ?? findRefs(e.data)).filter((r) => r.collection === 'sources').map((r) => r.id);
    return [...new Set([...inProse, ...inFields])].map((id) => byCollection.get('sources')!.get(id)).filter(Boolean) as never;
  };
  const citers = new Map<string, EntryLike[]>();
  for (const e of entries) {
    for (const s of sourcesOf(e)) {
      const list = citers.get(s.id);
      if (list) list.push(e);
      else citers.set(s.id, [e]);
    }
  }

  const neighbours = (e: EntryLike) => {
    const found = new Map<string, { entry: M[EntityCollection]; types: RelationType[] }>();
    for (const r of [...(from.get(keyOf(e)) ?? []), ...(to.get(keyOf(e)) ?? [])]) {
      const other = keyOf(r.from) === keyOf(e) ? r.to : r.from;
      if (!entityKeys.has(keyOf(other)) || keyOf(other) === keyOf(e)) continue;
      const item = found.get(keyOf(other)) ?? { entry: get(other) as M[EntityCollection], types: [] };
      if (!item.types.includes(r.type)) item.types.push(r.type);
      found.set(keyOf(other), item);
    }
    return [...found.values()].sort((a, b) => titleOf(a.entry).localeCompare(titleOf(b.entry)));
  };

  const eventsOf = (e: EntryLike): M['events'][] =>
    (to.get(keyOf(e)) ?? [])
      .filter((r) => r.type === 'involved-in')
      .map((r) => get(r.from)!)
      .filter((ev, i, all) => all.indexOf(ev) === i)
      .sort((a, b) => eventTime(a) - eventTime(b)) as never;

  return {
    list: (c) => [...(byCollection.get(c)?.values() ?? [])] as never,
    get: (c, id) => byCollection.get(c)?.get(id) as never,
    deref: (ref) => byCollection.get(ref.collection)!.get(ref.id) as never,
    resolve: (name) => names.get(nameKey(name))?.entry as never,
    sourcesOf,
    citedInProse: (e) => prose.get(keyOf(e))?.citations ?? [],
    citedBy: (source) => (citers.get(source.id) ?? []) as never,
    usageOf: (term) =>
      entries
        .filter((e) => (prose.get(keyOf(e))?.acronyms?.[term.id] ?? 0) > 0)
        .map((e) => ({ entry: e as unknown as M[EntityCollection], count: prose.get(keyOf(e))!.acronyms![term.id]! }))
        .sort((a, b) => b.count - a.count || titleOf(a.entry).localeCompare(titleOf(b.entry))),
    relationsFrom: (e) => from.get(keyOf(e)) ?? [],
    relationsTo: (e) => to.get(keyOf(e)) ?? [],
    backlinks: (e) =>
      typeOrder
        .filter((type) => type !== 'involved-in')
        .map((type) => ({
          type,
          heading: RELATION_TYPES[type].inverse,
          items: (to.get(keyOf(e)) ?? [])
            .filter((r) => r.type === type)
            .map((r) => ({ entry: get(r.from) as M[Collection], context: r.context }))
            .sort((a, b) => titleOf(a.entry).localeCompare(titleOf(b.entry))),
        }))
        .filter((g) => g.items.length > 0),
    eventsOf,
    neighbours,
    entityRelations: () => {
      const seen = new Set<string>();
      return relations.filter((r) => {
        const k = `${keyOf(r.from)}>${r.type}>${keyOf(r.to)}`;
        if (!entityKeys.has(keyOf(r.from)) || !entityKeys.has(keyOf(r.to)) || seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    },
    related: (e, max = 6) => {
      const direct = new Set([keyOf(e), ...neighbours(e).map((n) => keyOf(n.entry))]);
      const reasons = new Map<string, string[]>();
      const add = (other: EntryLike, reason: string) => {
        if (direct.has(keyOf(other)) || !entityKeys.has(keyOf(other))) return;
        const list = reasons.get(keyOf(other)) ?? [];
        if (!list.includes(reason)) list.push(reason);
        reasons.set(keyOf(other), list);
      };
      for (const n of neighbours(e)) {
        // Same claims: what else a claim this entry is part of involves.
        if (n.entry.collection === 'claims') for (const m of neighbours(n.entry)) add(m.entry, `Also part of the claim "${titleOf(n.entry)}"`);
        // Same makers: other weapon systems of this weapon's makers.
        if (n.types.includes('made-by')) for (const m of neighbours(n.entry)) if (m.types.includes('made-by')) add(m.entry, `Also made by ${titleOf(n.entry)}`);
      }
      for (const ev of eventsOf(e)) for (const r of from.get(keyOf(ev)) ?? []) add(get(r.to)!, `Shares the event "${titleOf(ev)}"`);
      return [...reasons.entries()]
        .map(([k, rs]) => ({ entry: get({ collection: k.split('/')[0]!, id: k.slice(k.indexOf('/') + 1) }) as M[EntityCollection], reasons: rs }))
        .sort((a, b) => b.reasons.length - a.reasons.length || titleOf(a.entry).localeCompare(titleOf(b.entry)))
        .slice(0, max);
    },
  };
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

/** Suggests up to three known ids that look like the unknown one, as ` (did you mean "a"?)`. */
export function suggest(unknown: string, known: string[]): string {
  const close = closest(unknown, known, 3);
  return close.length ? ` (did you mean ${close.map((k) => `"${k}"`).join(', ')}?)` : '';
}

/** The known strings nearest to `unknown` by edit distance, nearest first, at most `max`. */
export function closest(unknown: string, known: string[], max: number): string[] {
  const limit = Math.max(2, Math.floor(unknown.length / 2));
  return known
    .map((k) => ({ k, d: editDistance(unknown.toLowerCase(), k.toLowerCase()) }))
    .filter(({ k, d }) => d <= limit || k.includes(unknown) || unknown.includes(k))
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, max)
    .map(({ k }) => k);
}

/** Levenshtein distance between two strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
