/**
 * Typed relations between entries. A relation reads "from — type — to": a claim is
 * "claimed by" an actor, a weapon is "made by" a company, a page "mentions" another.
 * Each carries the sentence or field that makes the link, so a backlink can show why
 * it is there rather than just a title.
 */
import { formatDate } from './dates.ts';
import { valueAt } from './field-path.ts';
import { isEntityCollection, keyOf, type FoundRef, type Ref } from './entries.ts';

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

type Data = Record<string, unknown>;

/** The object holding a reference found at `field`, e.g. the claimant entry for `claimants[0].actor`. */
function holder(data: unknown, field: string): Data {
  const parent = field.replace(/(\.[A-Za-z]+|\[\d+\])$/, '');
  const value = parent === field ? data : valueAt(data, parent);
  return (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Data;
}

const dated = (d: unknown) => (d instanceof Date ? `${formatDate(d)}: ` : '');

/**
 * The relation a reference in a field stands for, with its context, or undefined for
 * references that are not relations (sources are citations, not relations).
 */
export function fieldRelation(fromCollection: string, data: unknown, ref: FoundRef): Omit<Relation, 'from' | 'to'> | undefined {
  const root = ref.field.replace(/[[.].*$/, '');
  const h = holder(data, ref.field);
  const d = data as Data;
  if (ref.collection === 'sources') return undefined;
  if (fromCollection === 'events') {
    return { type: 'involved-in', context: `${dated(d.date)}${String(d.title ?? '')}` };
  }
  switch (`${fromCollection}.${root}`) {
    case 'claims.claimants':
      return { type: 'claimed-by', context: `${dated(h.date)}${String(h.said ?? '')}` };
    case 'claims.deniers':
      return { type: 'denied-by', context: `${dated(h.date)}${String(h.said ?? '')}` };
    case 'claims.weapons':
    case 'claims.actors':
      return { type: 'concerns', context: String(d.claim ?? '') };
    case 'weapons.makers':
      return { type: 'made-by', context: `Listed as a maker of ${String(d.title ?? '')}.` };
    case 'weapons.operators':
      return { type: 'operated-by', context: `Operator: ${String(h.name ?? '')}${h.since ? ` (since ${String(h.since)})` : ''}.` };
    case 'actors.roles':
      return { type: 'role-at', context: String(h.title ?? '') };
    case 'actors.partOf':
      return { type: 'part-of', context: `${String(d.title ?? '')} is part of it.` };
    default:
      return undefined;
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
