/**
 * The site's remark plugins in the order they run. astro.config.mjs passes them to the
 * unified processor with indexes read from content/; the golden tests run each one with
 * small fixed indexes, so what is tested is what the build runs.
 */
import remarkGfm from 'remark-gfm';
import type { RemarkPlugins } from '@astrojs/markdown-remark';
import remarkAcronyms, { type AcronymOptions } from './remark-acronyms.ts';
import remarkBasePath, { type BasePathOptions } from './remark-base-path.ts';
import remarkCitations, { type CitationOptions } from './remark-citations.ts';
import remarkTypography from './remark-typography.ts';
import remarkWikilinks, { type WikilinkOptions } from './remark-wikilinks.ts';

/** Where the plugins learn about the rest of the site. */
export type SiteIndexes = CitationOptions & WikilinkOptions & AcronymOptions & Partial<BasePathOptions>;

/**
 * The site's own plugins by name, in the order they run, each with the options it takes
 * from the indexes: typographic quotes first (in place of Astro's remark-smartypants, which
 * astro.config.mjs turns off), the base path for the links the author wrote, then wikilinks
 * and citations, then acronyms, which leave the links the earlier ones made alone.
 */
export const SITE_PLUGINS = {
  'remark-typography': () => remarkTypography,
  'remark-base-path': ({ base = '/' }: SiteIndexes) => [remarkBasePath, { base }],
  'remark-wikilinks': ({ names }: SiteIndexes) => [remarkWikilinks, { names }],
  'remark-citations': ({ sourceIds }: SiteIndexes) => [remarkCitations, { sourceIds }],
  'remark-acronyms': ({ glossary, pageUrl }: SiteIndexes) => [remarkAcronyms, { glossary, pageUrl }],
} satisfies Record<string, (indexes: SiteIndexes) => RemarkPlugins[number]>;

export type SitePluginName = keyof typeof SITE_PLUGINS;

/**
 * remark-gfm first (the processor's own GFM is off), then the site's plugins in order,
 * or only those named in `only` (in the same order).
 */
export function remarkPlugins(indexes: SiteIndexes, only?: readonly SitePluginName[]): RemarkPlugins {
  const names = (Object.keys(SITE_PLUGINS) as SitePluginName[]).filter((n) => !only || only.includes(n));
  return [remarkGfm, ...names.map((n) => SITE_PLUGINS[n](indexes))];
}
