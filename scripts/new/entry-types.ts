/** The types of entry `npm run new` makes, and the collection and file extension of each. */
import { COLLECTION_FORMATS, NEW_ENTRY_TYPES, type CollectionName } from '../../src/lib/schemas.ts';

/** The types `npm run new` makes for each collection (src/lib/schemas.ts), by type. */
type EntryTypes = { [C in CollectionName as (typeof NEW_ENTRY_TYPES)[C]]: { collection: C; extension: 'mdx' | 'yaml' } };

/** The types `npm run new` makes, each with the collection (folder) and extension of its files. */
export const ENTRY_TYPES = Object.fromEntries(
  (Object.keys(NEW_ENTRY_TYPES) as CollectionName[]).map((collection) => [
    NEW_ENTRY_TYPES[collection],
    { collection, extension: COLLECTION_FORMATS[collection] },
  ]),
) as EntryTypes;

/** A type of entry `npm run new` makes: actor, weapon, claim, source, event or term. */
export type EntryType = keyof typeof ENTRY_TYPES;

/** True when `type` is one of the {@link ENTRY_TYPES}. */
export function isEntryType(type: string): type is EntryType {
  return Object.hasOwn(ENTRY_TYPES, type);
}
