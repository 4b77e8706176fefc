/**
 * The environment for building (or checking) a content set other than the site's own:
 * its content, its output and Astro's content cache all inside one work folder, so the
 * run never writes to the real site's cache (node_modules/.astro/data-store.json) or its
 * dist/. Used by the scale benchmark and the build tests.
 */
import { join, relative } from 'node:path';

/** The environment for `<work>/content`, built into `<work>/dist` with its cache in `<work>/cache`. */
export function buildEnv(work: string, root = process.cwd()): NodeJS.ProcessEnv {
  return {
    ...process.env,
    EXPLAINER_CONTENT: relative(root, join(work, 'content')),
    EXPLAINER_OUT_DIR: join(work, 'dist'),
    EXPLAINER_CACHE_DIR: join(work, 'cache'),
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
}
