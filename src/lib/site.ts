/**
 * What the site calls itself. Its address, base path and repository are settings read
 * from the environment (src/lib/settings.ts), so a fork publishes without editing code.
 * Kept apart from the settings because the browser's search script imports it too.
 */

/** The site's name and what it is. */
export const SITE = {
  /** Shown after every page title and in the header. */
  name: 'Iran, Russia & the drones',
  /** Shown beside the name in the header. */
  tagline: 'an explainer',
  /** What the site covers, in a phrase: the footer, the social image's alt text. */
  story: 'one news story of November 2022',
} as const;
