/**
 * `npm run build:base-path`: builds the site as it would be published under a sub-path
 * (a GitHub Pages project site), into tests/.output/dist-base, for the tests that check
 * every URL stays under the base path (tests/dist/*.test.ts run a second time on it, and
 * tests/e2e/base-path.spec.ts reads it). Uses scripts/build.ts, so a failure leaves no
 * half-built folder behind.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The settings of the sub-path build; the tests serve and read it with the same. */
export const BASE_PATH_BUILD = {
  EXPLAINER_OUT_DIR: 'tests/.output/dist-base',
  // Its own content cache, so it never shares state with the root build's.
  EXPLAINER_CACHE_DIR: 'tests/.output/cache-base',
  BASE_PATH: '/explainer/',
  SITE_URL: 'https://example.test',
} as const;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit', env: { ...process.env, ...BASE_PATH_BUILD } });
  process.exit(result.status ?? 1);
}
