/**
 * Site URLs, built in one place so a page and the links to it never disagree.
 * Every URL ends in a slash, matching `trailingSlash: 'always'` in astro.config.mjs.
 */
import type { Collection } from './graph.ts';

/** The URL of an entry: its own page for entities, an anchor on the list page for the rest. */
export function entryUrl(collection: Collection, id: string): string {
  switch (collection) {
    case 'actors':
    case 'weapons':
    case 'claims':
      return `/${collection}/${id}/`;
    case 'sources':
      return `/sources/#${id}`;
    case 'events':
      return `/timeline/#${id}`;
    case 'glossary':
      return `/glossary/#${id}`;
  }
}

/** The index page of a collection. */
export function collectionUrl(collection: Collection): string {
  return collection === 'events' ? '/timeline/' : `/${collection}/`;
}
