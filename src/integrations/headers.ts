/**
 * Writes dist/_headers after the build (src/lib/headers.ts): the pages'
 * Content-Security-Policy as a header (the union of the pages' policies, which differ
 * only in hashes), the other security headers, long-lived caching for fingerprinted
 * files, and noindex for previews, all under the base path. Fails the build if a page
 * has no policy, since the header would then be its only protection.
 *
 * First it cuts each page's <meta> policy to the hashes of that page's own inline styles
 * and scripts (src/lib/csp-hashes.ts): Astro lists every hash of the whole site in every
 * page, about 0.5 KB of each page's first round trip.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prunePolicyHashes } from '../lib/csp-hashes.ts';
import { cspHeaderLine, headersFile, metaPolicy, unionPolicy } from '../lib/headers.ts';
import { settings } from '../lib/settings.ts';

export default function headersIntegration(): AstroIntegration {
  return {
    name: 'explainer-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        const policies = pages.map((page) => {
          const file = join(site, page);
          const html = readFileSync(file, 'utf8');
          const pruned = prunePolicyHashes(html);
          if (pruned !== html) writeFileSync(file, pruned);
          return { page, policy: metaPolicy(pruned) };
        });
        const missing = policies.filter((p) => !p.policy).map((p) => p.page);
        if (missing.length)
          throw new Error(`These pages have no Content-Security-Policy <meta>: ${missing.join(', ')}. Render them with src/layouts/Page.astro.`);
        const policy = unionPolicy(policies.map((p) => p.policy!));
        const { basePath, noindex, onCloudflare, siteUrl } = settings();
        const cloudflarePreviews = onCloudflare && !new URL(siteUrl).hostname.endsWith('.workers.dev');
        writeFileSync(join(site, '_headers'), headersFile({ policy, base: basePath, noindex, cloudflarePreviews }));
        if (!cspHeaderLine(policy).full) {
          logger.warn(
            `The pages' policies together are too long for one _headers line (2,000 characters): _headers sends frame-ancestors only, and each page's <meta> policy does the rest.`,
          );
        }
        logger.info(`_headers written: one policy for ${pages.length} pages.`);
      },
    },
  };
}
