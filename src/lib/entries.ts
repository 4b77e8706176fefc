/**
 * Content entries and how they are named: the collections, the data each one holds
 * (typed from its schema in src/lib/schemas.ts), references between entries, and the
 * keys and titles the rest of the site uses for them.
 */
import type { z } from 'astro/zod';
import { walkFields } from './field-path.ts';
import type { collectionSchemas } from './schemas.ts';
import { ENTITY_COLLECTIONS, type EntityCollection } from './vocabulary.ts';

/** Every collection the site has. */
export const COLLECTIONS = [...ENTITY_COLLECTIONS, 'sources', 'events', 'glossary'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** The data of each collection's entries, as its schema outputs it. */
export type EntryData = { [K in Collection]: z.output<ReturnType<typeof collectionSchemas>[K]> };

/** One entry of collection `C` (an Astro collection entry fits). */
export interface EntryOf<C extends Collection> {
  id: string;
  collection: C;
  /** Path from the project root, as Astro's glob loader records it. */
  filePath?: string;
  /** The prose of an MDX entry. */
  body?: string;
  data: EntryData[C];
}

/** An entry of any of the collections `C`; narrowing `collection` narrows `data`. */
export type EntryLike<C extends Collection = Collection> = { [K in C]: EntryOf<K> }[C];

/** The entries of each collection, as a caller types them (Astro's `CollectionEntry`, or plain entries). */
export type EntryMap = { [K in Collection]: EntryOf<K> };

/** A reference from one entry to another, as Astro's `reference()` resolves it. */
export interface Ref {
  collection: string;
  id: string;
}

/** A reference found in an entry's data, with the field path it was found at. */
export interface FoundRef extends Ref {
  collection: Collection;
  field: string;
}

/** True for the collections with a page per entry: actors, weapons and claims. */
export function isEntityCollection(collection: string): collection is EntityCollection {
  return (ENTITY_COLLECTIONS as readonly string[]).includes(collection);
}

/** True for an entry of an entity collection (see {@link isEntityCollection}). */
export const isEntity = (e: EntryLike): e is EntryLike<EntityCollection> => isEntityCollection(e.collection);

/** The key of an entry in maps: `collection/id`. */
export const keyOf = (e: Ref) => `${e.collection}/${e.id}`;

/** The file an entry was read from, or `collection/id` when it was not read from one. */
export const fileOf = (e: { collection: string; id: string; filePath?: string }) => e.filePath ?? keyOf(e);

/** The display title of an entry: `title` for entities, sources and events, `term` for glossary terms, else its id. */
export function titleOf(entry: EntryLike): string {
  return (entry.collection === 'glossary' ? entry.data.term : entry.data.title) ?? entry.id;
}

/**
 * Finds every `{ collection, id }` reference in a value, recording the field path,
 * e.g. `{ makers: [{collection:'actors', id:'rtx'}] }` gives `makers[0] → actors/rtx`.
 */
export function findRefs(value: unknown): FoundRef[] {
  const found: FoundRef[] = [];
  walkFields(value, (v, field) => {
    const { collection, id } = (v && typeof v === 'object' ? v : {}) as { collection?: unknown; id?: unknown };
    if (typeof collection !== 'string' || typeof id !== 'string' || !(COLLECTIONS as readonly string[]).includes(collection)) return false;
    found.push({ collection: collection as Collection, id, field });
    return true;
  });
  return found;
}
