/**
 * remark-base-path: puts the site's base path in front of the root-relative links and
 * images a contributor writes in Markdown, so they keep working when the site is
 * published under a sub-path (BASE_PATH, e.g. a GitHub Pages project site).
 *
 * Input (BASE_PATH=/explainer/):  See the [timeline](/timeline/) and ![A map](/images/map.png).
 * Output:  <p>See the <a href="/explainer/timeline/">timeline</a> and <img src="/explainer/images/map.png" alt="A map">.</p>
 *
 * Runs first, so it sees only what the author wrote: the links that wikilinks, citations
 * and acronyms add are built with the base already (src/lib/urls.ts). Links to other
 * sites, protocol-relative links (`//host`), fragments and relative links are left alone.
 */
import type { Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { href } from '../lib/urls.ts';

/** Options: the base path ("/" or "/explainer/"). */
export interface BasePathOptions {
  base: string;
}

const rootRelative = (url: string) => url.startsWith('/') && !url.startsWith('//');

export default function remarkBasePath({ base }: BasePathOptions) {
  return (tree: Root) => {
    if (base === '/') return;
    visitParents(tree, ['link', 'image', 'definition'], (node) => {
      const n = node as { url?: string };
      if (n.url && rootRelative(n.url)) n.url = href(n.url, base);
    });
  };
}
