/**
 * The site's settings, in one place: its name, its public address and the repository
 * its files live in. A fork changes these three lines and nothing else.
 */

/** The site's settings. */
export const SITE = {
  /** Shown after every page title. */
  name: 'Iran, Russia & the drones',
  /** The public address the site is served from (canonical URLs, sitemap, sharing tags). */
  url: 'https://iran-russia-drones.example.org',
  /** The repository on GitHub, for "Edit this page" links. */
  repository: 'https://github.com/explainer-sites/iran-russia-drones',
  /** The branch pull requests go to. */
  branch: 'main',
} as const;

/**
 * Where to edit a repository path on GitHub: a file opens in the editor, a folder
 * (ending in "/") opens as a listing.
 *
 *   editUrl('content/weapons/nasams.mdx') === `${SITE.repository}/edit/main/content/weapons/nasams.mdx`
 *   editUrl('content/events/') === `${SITE.repository}/tree/main/content/events`
 */
export function editUrl(path: string): string {
  const clean = path.replace(/^\.?\//, '');
  return clean.endsWith('/')
    ? `${SITE.repository}/tree/${SITE.branch}/${clean.replace(/\/+$/, '')}`
    : `${SITE.repository}/edit/${SITE.branch}/${clean}`;
}
