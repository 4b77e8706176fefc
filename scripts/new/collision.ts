/**
 * Whether a new entry's name is free: no collection may hold an id twice, and no name may
 * mean two pages, since wikilinks resolve names across actors, weapons and claims.
 */
import { nameKey } from '../../src/lib/names.ts';
import type { CollectionName } from '../../src/lib/schemas.ts';
import { isEntityCollection as isEntity } from '../../src/lib/entries.ts';
import { ENTRY_TYPES, type EntryType } from './entry-types.ts';

/** How a name belongs to an entry, as said in a refusal ("is already an alias of …"). */
export type NameRole = 'id' | 'title' | 'alias' | 'term' | 'variant';

/** An entry that exists, with the names a new entry must not take from it. */
export interface ExistingEntry {
  collection: CollectionName;
  id: string;
  /** The file, as the contributor should be shown it, e.g. `content/weapons/nasams.mdx`. */
  file: string;
  /** Title and aliases of an actor, weapon or claim; term and variants of a glossary entry. */
  names: Array<{ name: string; as: NameRole }>;
}

/**
 * The names of an existing entry read from its data (an MDX file's frontmatter or a
 * YAML file), tolerating any shape: broken files are the content check's to report.
 */
export function existingEntry(collection: CollectionName, id: string, file: string, data: unknown): ExistingEntry {
  const d = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const texts = (v: unknown) => (Array.isArray(v) ? v : [v]).filter((s): s is string => typeof s === 'string');
  const names: ExistingEntry['names'] =
    collection === 'glossary'
      ? [...texts(d.term).map((name) => ({ name, as: 'term' as const })), ...texts(d.variants).map((name) => ({ name, as: 'variant' as const }))]
      : isEntity(collection)
        ? [...texts(d.title).map((name) => ({ name, as: 'title' as const })), ...texts(d.aliases).map((name) => ({ name, as: 'alias' as const }))]
        : [];
  return { collection, id, file, names };
}

const ROLE_WORDS: Record<NameRole, string> = { id: 'the id', title: 'the title', alias: 'an alias', term: 'the term', variant: 'a variant' };

/**
 * Why a new entry of `type` named `name` with id `id` may not be made, as one sentence
 * naming the file in the way, or undefined when it may. Names are compared by
 * {@link nameKey}, so case, accents and dashes do not make a name new.
 *
 * - No collection may hold the same id twice.
 * - An actor, weapon or claim may not take an id, title or alias of any of them:
 *   wikilinks resolve names across all three, so each name must mean one page.
 * - A term may not repeat a term or variant of the glossary.
 */
export function findCollision(type: EntryType, id: string, name: string, existing: readonly ExistingEntry[]): string | undefined {
  const { collection } = ENTRY_TYPES[type];
  // Lower case too: on a case-insensitive disk, NASAMS.mdx and nasams.mdx are one file.
  const same = existing.find((e) => e.collection === collection && e.id.toLowerCase() === id);
  if (same) return `${same.file} already exists. Edit that file, or choose a more specific name.`;

  const entity = isEntity(collection);
  if (!entity && type !== 'term') return undefined; // sources and events have no names to clash
  const nameKeyed = nameKey(name);
  const idKeyed = nameKey(id);
  const fix = entity ? 'Edit that page, or choose a more specific name.' : 'Edit that file, or choose a more specific name.';
  // A page's names are its id, title and aliases; a glossary entry's, its term and variants.
  for (const e of existing.filter((e) => (entity ? isEntity(e.collection) : e.collection === 'glossary'))) {
    const names = entity ? [{ name: e.id, as: 'id' as const }, ...e.names] : e.names;
    for (const n of names) {
      const key = nameKey(n.name);
      if (!key) continue;
      if (key === nameKeyed) return `"${name}" is already ${ROLE_WORDS[n.as]} ${n.as === 'variant' ? 'in' : 'of'} ${e.file}. ${fix}`;
      if (entity && key === idKeyed) {
        return `"${name}" would get the id "${id}", which is already ${ROLE_WORDS[n.as]} of ${e.file}; ids and names must be unique across actors, weapons and claims. Choose a more specific name.`;
      }
    }
  }
  return undefined;
}
