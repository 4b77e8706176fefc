/** The built site in dist/ (or EXPLAINER_OUT_DIR), read once for the dist tests. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readBuiltSite } from '../../scripts/lib/built-site.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { settings } from '../../src/lib/settings.ts';
import { sitePathOf } from '../../src/lib/urls.ts';

/** Where the built site is, and where it is published (the same settings it was built with). */
export const { outDir: DIST, siteUrl: SITE_URL, basePath: BASE_PATH } = settings();

if (!existsSync(join(DIST, 'index.html'))) throw new Error(`There is no built site in ${DIST}/. Run \`npm run build\` first.`);

const site = readBuiltSite(DIST);

/** Every HTML page by its path inside the site ("/weapons/nasams/", "/404.html"). */
export const pages = site.pages;

/** The path inside the site of every other file. */
export const files = site.files;

/** A file of the built site, by its path inside the site or by a link to it (with the base path). */
export const read = (path: string) => readFileSync(join(DIST, sitePathOf(path.split(/[?#]/)[0]!, BASE_PATH) ?? path));

/** The actor, weapon and claim pages: the content pages. */
export const contentPages = [...pages.keys()].filter((p) => /^\/(actors|weapons|claims)\/[^/]+\/$/.test(p));

/** Text HTML-escaped as Astro writes it, to find frontmatter text in a page. */
export const escaped = (s: string) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#39;').replaceAll('<', '&lt;');

/** The frontmatter of a content file (`content/<collection>/<id>.mdx`), as the pages were built from it. */
export const frontmatterOf = <T>(collection: string, id: string): T => parse(splitFrontmatter(readFileSync(join('content', collection, `${id}.mdx`), 'utf8'))!.yaml) as T;
