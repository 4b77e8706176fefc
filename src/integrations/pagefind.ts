/**
 * Indexes the built site with Pagefind as the last step of `astro build`, so a build
 * is never served without its search index. Only elements marked
 * `data-pagefind-body` are indexed (see src/layouts/Page.astro).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'explainer-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          // Hyphen and dot stay inside words, so "Shahed-136" and "MGM-140" are found as written.
          const { index, errors } = await pagefind.createIndex({ includeCharacters: '-.', forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${added.page_count} pages.`);
        } finally {
          // Pagefind runs a service process; left open after a failure, it keeps the build from exiting.
          await pagefind.close();
        }
      },
    },
  };
}
