/**
 * Indexes the built site with Pagefind as the last step of `astro build`, so a build
 * is never served without its search index. Only elements marked
 * `data-pagefind-body` are indexed (see src/layouts/Page.astro).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { slimPagefind } from './pagefind-slim.ts';

/**
 * Where the recompressed WebAssembly is kept: one place for every build of this checkout (the
 * test fixtures' too, whatever their build cache), safe because it is keyed by content.
 */
export const SLIM_CACHE = fileURLToPath(new URL('../../node_modules/.cache/pagefind-slim/', import.meta.url));

/** What Pagefind leaves out of a page, by CSS selector (besides data-pagefind-ignore). */
export const EXCLUDED = ['sup.cite', 'section.corrections'];

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'explainer-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          // Hyphen and dot stay inside words, so "Shahed-136" and "MGM-140" are found as written.
          // Left out of the index, and so of every fragment a search loads: citation marks
          // ("[3]", each also an anchor) and a page's correction notes (the corrections page
          // has them all).
          const { index, errors } = await pagefind.createIndex({
            includeCharacters: '-.',
            forceLanguage: 'en',
            excludeSelectors: EXCLUDED,
          });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`Pagefind indexed ${added.page_count} pages.`);
          for (const f of await slimPagefind(`${site}pagefind`, SLIM_CACHE)) logger.info(`${f.file}: ${f.before} → ${f.after} bytes.`);
        } finally {
          // Pagefind runs a service process; left open after a failure, it keeps the build from exiting.
          await pagefind.close();
        }
      },
    },
  };
}
