/**
 * Typed relations between entries. A relation reads "from — type — to": a claim is
 * "claimed by" an actor, a weapon is "made by" a company, a page "mentions" another.
 * Each carries the sentence or field that makes the link, so a backlink can show why
 * it is there rather than just a title.
 */
import { formatDate } from './dates.ts';
import { parseFieldPath } from './field-path.ts';
import { isEntityCollection, keyOf, type EntryLike, type FoundRef, type Ref } from './entries.ts';

/** Every relation type, with how it reads forwards and how its backlinks are headed. */
export const RELATION_TYPES = {
  'claimed-by': { label: 'claimed by', inverse: 'Claims it asserted' },
  'denied-by': { label: 'denied by', inverse: 'Claims it denied' },
  concerns: { label: 'concerns', inverse: 'Claims about it' },
  'made-by': { label: 'made by', inverse: 'Weapon systems it makes' },
  'operated-by': { label: 'operated by', inverse: 'Weapon systems it operates' },
  'role-at': { label: 'holds a role at', inverse: 'People with a role here' },
  'part-of': { label: 'part of', inverse: 'Parts of it' },
  'involved-in': { label: 'involved in', inverse: 'Events' },
  'stands-for': { label: 'is the glossary term for', inverse: 'Glossary terms' },
  mentions: { label: 'mentions', inverse: 'Mentioned on' },
} as const;
export type RelationType = keyof typeof RELATION_TYPES;

/** One typed link from an entry to another. */
export interface Relation {
  from: Ref;
  to: Ref;
  type: RelationType;
  /** The sentence or field text that makes the link. */
  context: string;
}

/** A wikilink found in an entry's prose by remark-wikilinks: the page it leads to and its sentence. */
export interface ProseLink {
  id: string;
  sentence: string;
}

const dated = (d: Date | undefined) => (d ? `${formatDate(d)}: ` : '');

/**
 * The relation a reference in an entry's field stands for, with its context, or undefined
 * for references that are not relations (sources are citations, not relations). A new
 * collection must say here what its references mean: the switch covers every collection.
 */
export function fieldRelation(entry: EntryLike, ref: FoundRef): Omit<Relation, 'from' | 'to'> | undefined {
  if (ref.collection === 'sources') return undefined;
  const [root, index] = parseFieldPath(ref.field);
  // The list item holding the reference, e.g. the claimant for `claimants[0].actor`.
  const item = <T>(list: readonly T[] | undefined): T | undefined => (typeof index === 'number' ? list?.[index] : undefined);
  switch (entry.collection) {
    case 'events':
      return { type: 'involved-in', context: `${dated(entry.data.date)}${entry.data.title}` };
    case 'claims': {
      const { data } = entry;
      if (root === 'claimants' || root === 'deniers') {
        const said = item(data[root]);
        return { type: root === 'claimants' ? 'claimed-by' : 'denied-by', context: `${dated(said?.date)}${said?.said ?? ''}` };
      }
      return root === 'weapons' || root === 'actors' ? { type: 'concerns', context: data.claim } : undefined;
    }
    case 'weapons': {
      if (root === 'makers') return { type: 'made-by', context: `Listed as a maker of ${entry.data.title}.` };
      const operator = root === 'operators' ? item(entry.data.operators) : undefined;
      return operator && { type: 'operated-by', context: `Operator: ${operator.name}${operator.since ? ` (since ${operator.since})` : ''}.` };
    }
    case 'actors':
      if (root === 'roles') return { type: 'role-at', context: item(entry.data.roles)?.title ?? '' };
      return root === 'partOf' ? { type: 'part-of', context: `${entry.data.title} is part of it.` } : undefined;
    case 'sources':
    case 'glossary':
      return undefined;
    default:
      return entry satisfies never;
  }
}

/** The key of a relation: `from>type>to`, e.g. `weapons/nasams>made-by>actors/rtx`. */
export const relationKey = (r: Relation) => `${keyOf(r.from)}>${r.type}>${keyOf(r.to)}`;

/** The relations between two entities (not sources, events or glossary terms), each key once, in order. */
export function betweenEntities(relations: Iterable<Relation>): Relation[] {
  const seen = new Set<string>();
  return [...relations].filter((r) => {
    const k = relationKey(r);
    if (!isEntityCollection(r.from.collection) || !isEntityCollection(r.to.collection) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
