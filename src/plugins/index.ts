/**
 * The site's remark plugins in the order they run. astro.config.mjs passes them to the
 * unified processor with indexes read from content/; the golden tests pass the same
 * list with small fixed indexes, so what is tested is what the build runs.
 */
import remarkGfm from 'remark-gfm';
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import remarkCitations, { type CitationOptions } from './remark-citations.ts';
import remarkWikilinks, { type WikilinkOptions } from './remark-wikilinks.ts';

/** Where the plugins learn about the rest of the site. */
export type SiteIndexes = CitationOptions & WikilinkOptions;

/** remark-gfm first (the processor's own GFM is off), then wikilinks, then citations. */
export function remarkPlugins({ names, sourceIds }: SiteIndexes): RemarkPlugins {
  return [remarkGfm, [remarkWikilinks, { names }], [remarkCitations, { sourceIds }]];
}
