/** The built site in dist/ (or EXPLAINER_OUT_DIR), read once for the dist tests. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { urlPathOf } from '../../scripts/lib/link-check.ts';

/** Where the built site is. */
export const DIST = process.env.EXPLAINER_OUT_DIR ?? 'dist';

if (!existsSync(join(DIST, 'index.html'))) throw new Error(`There is no built site in ${DIST}/. Run \`npm run build\` first.`);

const entries = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((f) => statSync(join(DIST, f)).isFile())
  .map((f) => f.split(sep).join('/'))
  .sort();

/** Every HTML page by its URL path ("/weapons/nasams/", "/404.html"). */
export const pages = new Map(entries.filter((f) => f.endsWith('.html')).map((f) => [urlPathOf(f), readFileSync(join(DIST, f), 'utf8')]));

/** The URL path of every other file. */
export const files = new Set(entries.filter((f) => !f.endsWith('.html')).map((f) => `/${f}`));

/** A file of the built site, by URL path. */
export const read = (path: string) => readFileSync(join(DIST, path));

/** The actor, weapon and claim pages: the content pages. */
export const contentPages = [...pages.keys()].filter((p) => /^\/(actors|weapons|claims)\/[^/]+\/$/.test(p));
