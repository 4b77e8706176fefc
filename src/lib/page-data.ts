/**
 * What the remark plugins record about a page's prose, handed to the page by Astro as
 * `remarkPluginFrontmatter` and read back by the knowledge graph. The plugins write it
 * with `setPageData` (src/plugins/report.ts), typed by this interface.
 */
import type { ProseData } from './graph-index.ts';
import type { ProseLink } from './relations.ts';

/** The data each plugin records, by key. */
export interface PageData {
  /** Cited source ids in first-citation order (remark-citations). */
  citations: string[];
  /** Each wikilink with the page it leads to and its sentence, in order (remark-wikilinks). */
  wikilinks: ProseLink[];
  /** How often each glossary term (by id) is used (remark-acronyms). */
  acronyms: Record<string, number>;
}

/** The prose data of a page from the frontmatter its plugins wrote (empty where a plugin wrote nothing). */
export function proseDataOf(frontmatter: Partial<PageData>): ProseData {
  return { citations: frontmatter.citations ?? [], links: frontmatter.wikilinks ?? [], acronyms: frontmatter.acronyms ?? {} };
}
