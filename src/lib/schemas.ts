/**
 * The schema of every collection: what a content file must hold, with messages that say
 * how to fix it. src/content.config.ts hands these to Astro; the content check
 * (src/lib/content-check.ts) runs the same schemas before the build, so every mistake
 * is reported at once with its file and line. Cross-collection links are made by `ref`,
 * which is Astro's `reference()` in the build and a plain id in the check; the knowledge
 * graph (src/lib/graph.ts) checks that each one exists.
 *
 * One file per collection in src/lib/schemas/, sharing the field types of fields.ts. Each
 * field is described once, in its `.meta({ description })`; `npm run new`'s templates and
 * CONTRIBUTING.md's field tables are made from those descriptions.
 *
 * The schemas check shape only. Completeness (at least one source, claimant and status
 * change) is checked by the content audit (src/lib/audit.ts), so a draft made by
 * `npm run new` is valid before its facts are filled in.
 */
import type { z } from 'astro/zod';
import { actorSchema } from './schemas/actors.ts';
import { claimSchema } from './schemas/claims.ts';
import { eventSchema } from './schemas/events.ts';
import type { CollectionName, RefField } from './schemas/fields.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { sourceSchema } from './schemas/sources.ts';
import { weaponSchema } from './schemas/weapons.ts';

export { plainRef, type CollectionName, type RefField } from './schemas/fields.ts';

/**
 * Builds the schemas of all collections. Objects are strict, so a misspelt field name
 * (`aliasses:`) is reported instead of silently ignored.
 */
export function collectionSchemas(ref: RefField) {
  return {
    actors: actorSchema(ref),
    weapons: weaponSchema(ref),
    claims: claimSchema(ref),
    sources: sourceSchema(ref),
    events: eventSchema(ref),
    glossary: glossarySchema(ref),
  } satisfies Record<CollectionName, z.ZodType>;
}

/** The schemas' types, for naming one collection's schema. */
export type CollectionSchemas = ReturnType<typeof collectionSchemas>;

/** An entry's data as the schemas give it (references as `{ collection, id }`), by collection. */
export type EntryData = { [K in CollectionName]: z.output<CollectionSchemas[K]> };

/** The file extension each collection's entries are written in. */
export const COLLECTION_FORMATS: Record<CollectionName, 'mdx' | 'yaml'> = {
  actors: 'mdx',
  weapons: 'mdx',
  claims: 'mdx',
  sources: 'yaml',
  events: 'yaml',
  glossary: 'yaml',
};

/** The type `npm run new` takes to make an entry of each collection (scripts/new/entry-types.ts), for messages that say how. */
export const NEW_ENTRY_TYPES = {
  actors: 'actor',
  weapons: 'weapon',
  claims: 'claim',
  sources: 'source',
  events: 'event',
  glossary: 'term',
} as const satisfies Record<CollectionName, string>;
