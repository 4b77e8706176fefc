/**
 * Every URL the site writes, built in one place so a page and the links to it never
 * disagree, at a domain root or under a base path. A site path ("/weapons/nasams/") is
 * what a page is called inside the site; `href()` turns it into the URL a page links to
 * ("/explainer/weapons/nasams/" under BASE_PATH=/explainer/), and `absoluteUrl()` into
 * the public address (canonical URLs, sharing tags, JSON-LD, the sitemap). Nothing else
 * joins "/" by hand. Every page URL ends in a slash (`trailingSlash: 'always'`).
 */
import type { Collection } from './entries.ts';
import { settings, type Settings } from './settings.ts';

/**
 * The link to a site path under the base path. Fragments and queries are kept.
 *
 *   href('/weapons/nasams/', '/explainer/') === '/explainer/weapons/nasams/'
 *   href('/', '/explainer/')                === '/explainer/'
 *   href('/glossary/#uav', '/')             === '/glossary/#uav'
 */
export function href(path: string, base: string = settings().basePath): string {
  if (!path.startsWith('/')) throw new Error(`href() takes a site path starting with "/", not "${path}".`);
  return `${base}${path.slice(1)}`;
}

/**
 * A link (from `href()`, so it already has the base path) as a public address.
 *
 *   absoluteUrl('/explainer/about/', 'https://example.org') === 'https://example.org/explainer/about/'
 */
export function absoluteUrl(link: string, origin: string = settings().siteUrl): string {
  return new URL(link, `${origin}/`).href;
}

/**
 * The site path inside a link, or undefined for a link outside the base path: the
 * inverse of `href()`, for tools that read the built site.
 *
 *   sitePathOf('/explainer/about/', '/explainer/') === '/about/'
 *   sitePathOf('/about/', '/explainer/')           === undefined
 */
export function sitePathOf(link: string, base: string = settings().basePath): string | undefined {
  if (base === '/') return link.startsWith('/') ? link : undefined;
  if (link === base.slice(0, -1)) return '/';
  return link.startsWith(base) ? `/${link.slice(base.length)}` : undefined;
}

/** The site path of an entry: its own page for entities, an anchor on the list page for the rest. */
export function entryPath(collection: Collection, id: string): string {
  switch (collection) {
    case 'actors':
    case 'weapons':
    case 'claims':
      return `/${collection}/${id}/`;
    case 'sources':
      return `/sources/#source-${id}`;
    case 'events':
      return `/timeline/#${id}`;
    case 'glossary':
      return `/glossary/#${id}`;
  }
}

/** The link to an entry (see `entryPath`), under the base path. */
export function entryUrl(collection: Collection, id: string, base?: string): string {
  return href(entryPath(collection, id), base);
}

/** The link to the index page of a collection, under the base path. */
export function collectionUrl(collection: Collection, base?: string): string {
  return href(collection === 'events' ? '/timeline/' : `/${collection}/`, base);
}

/** Where the repository is: its web address (none when not configured) and the branch edits go to. */
export type RepositorySettings = Pick<Settings, 'repository' | 'branch'>;

/**
 * Where to edit a repository path: a file opens in the editor, a folder (ending in "/")
 * as a listing. Undefined when no repository is configured (SITE_REPOSITORY).
 *
 *   editUrl('content/weapons/nasams.mdx', { repository: 'https://github.com/o/r', branch: 'main' }) === 'https://github.com/o/r/edit/main/content/weapons/nasams.mdx'
 *   editUrl('content/events/', { repository: 'https://github.com/o/r', branch: 'main' })            === 'https://github.com/o/r/tree/main/content/events'
 */
export function editUrl(path: string, { repository, branch }: RepositorySettings = settings()): string | undefined {
  if (!repository) return undefined;
  const clean = path.replace(/^\.?\//, '');
  return clean.endsWith('/') ? `${repository}/tree/${branch}/${clean.replace(/\/+$/, '')}` : `${repository}/edit/${branch}/${clean}`;
}

/** A page of the repository (e.g. "CONTRIBUTING.md", "issues/new/choose"), or undefined with no repository. */
export function repositoryUrl(path: string, { repository, branch }: RepositorySettings = settings()): string | undefined {
  if (!repository) return undefined;
  return /\.[a-z]+$/i.test(path) ? `${repository}/blob/${branch}/${path}` : `${repository}/${path}`;
}
