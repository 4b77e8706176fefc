/**
 * The content collections. Contributors edit files under `content/`; the schemas, with
 * a description on every field and messages that say the fix, are in src/lib/schemas.ts,
 * shared with the content check that runs before the build.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { settings } from './lib/settings.ts';
import { collectionSchemas, COLLECTION_FORMATS, type CollectionName, type RefField } from './lib/schemas.ts';

/**
 * Where the content lives. Tests point this at a fixture set (`EXPLAINER_CONTENT=
 * tests/fixtures/<case>`) to prove that broken content fails the build.
 */
const root = settings().contentDir;

// Astro types reference() against the generated collection map, which a shared schema
// module cannot name; at run time it is exactly a RefField.
const schemas = collectionSchemas(reference as unknown as RefField);

const loader = (name: CollectionName) => glob({ base: `./${root}/${name}`, pattern: `**/*.${COLLECTION_FORMATS[name]}` });

export const collections = {
  actors: defineCollection({ loader: loader('actors'), schema: schemas.actors }),
  weapons: defineCollection({ loader: loader('weapons'), schema: schemas.weapons }),
  claims: defineCollection({ loader: loader('claims'), schema: schemas.claims }),
  sources: defineCollection({ loader: loader('sources'), schema: schemas.sources }),
  events: defineCollection({ loader: loader('events'), schema: schemas.events }),
  glossary: defineCollection({ loader: loader('glossary'), schema: schemas.glossary }),
};
