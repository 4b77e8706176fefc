/**
 * The site's remark plugins in the order they run. astro.config.mjs passes them to the
 * unified processor with indexes read from content/; the golden tests pass the same
 * list with small fixed indexes, so what is tested is what the build runs.
 */
import remarkGfm from 'remark-gfm';
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import remarkAcronyms, { type AcronymOptions } from './remark-acronyms.ts';
import remarkBasePath, { type BasePathOptions } from './remark-base-path.ts';
import remarkCitations, { type CitationOptions } from './remark-citations.ts';
import remarkWikilinks, { type WikilinkOptions } from './remark-wikilinks.ts';

/** Where the plugins learn about the rest of the site. */
export type SiteIndexes = CitationOptions & WikilinkOptions & AcronymOptions & Partial<BasePathOptions>;

/**
 * remark-gfm first (the processor's own GFM is off), then the base path for the links the
 * author wrote, then wikilinks and citations, then acronyms, which leave the links the
 * earlier ones made alone.
 */
export function remarkPlugins({ names, sourceIds, glossary, pageUrl, base = '/' }: SiteIndexes): RemarkPlugins {
  return [remarkGfm, [remarkBasePath, { base }], [remarkWikilinks, { names }], [remarkCitations, { sourceIds }], [remarkAcronyms, { glossary, pageUrl }]];
}
