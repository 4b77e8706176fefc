/**
 * Says, once per build, where the build will be published (src/lib/settings.ts reads
 * SITE_URL, BASE_PATH and SITE_REPOSITORY; a malformed value has already stopped the
 * build in astro.config.mjs), and warns when the git history is too shallow for
 * truthful "Last updated" dates.
 */
import type { AstroIntegration } from 'astro';
import { isShallowCheckout } from '../data/git-dates.ts';
import { settings, settingsSummary } from '../lib/settings.ts';

export default function publishingIntegration(): AstroIntegration {
  return {
    name: 'explainer-publishing',
    hooks: {
      'astro:build:start': ({ logger }) => {
        logger.info(settingsSummary(settings()));
        if (isShallowCheckout()) {
          logger.warn(
            'This is a shallow git clone, so every page would show the same "Last updated" date. Fetch the full history (git fetch --unshallow, or fetch-depth: 0 in actions/checkout).',
          );
        }
      },
    },
  };
}
