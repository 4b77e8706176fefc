/** The types of entry `npm run new` makes, and the collection and file extension of each. */
import { COLLECTION_FORMATS, type CollectionName } from '../../src/lib/schemas.ts';

/** The types `npm run new` makes, each with the collection (folder) and extension of its files. */
export const ENTRY_TYPES = {
  actor: { collection: 'actors', extension: COLLECTION_FORMATS.actors },
  weapon: { collection: 'weapons', extension: COLLECTION_FORMATS.weapons },
  claim: { collection: 'claims', extension: COLLECTION_FORMATS.claims },
  source: { collection: 'sources', extension: COLLECTION_FORMATS.sources },
  event: { collection: 'events', extension: COLLECTION_FORMATS.events },
  term: { collection: 'glossary', extension: COLLECTION_FORMATS.glossary },
} as const satisfies Record<string, { collection: CollectionName; extension: 'mdx' | 'yaml' }>;

/** A type of entry `npm run new` makes: actor, weapon, claim, source, event or term. */
export type EntryType = keyof typeof ENTRY_TYPES;

/** True when `type` is one of the {@link ENTRY_TYPES}. */
export function isEntryType(type: string): type is EntryType {
  return Object.hasOwn(ENTRY_TYPES, type);
}
