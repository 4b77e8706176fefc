/**
 * `npm run check:links [dir]`: checks every link in the built site (dist/, or
 * EXPLAINER_OUT_DIR, or the folder given) — see scripts/lib/link-check.ts for the checks —
 * as published at SITE_URL under BASE_PATH. Prints each problem with its fix and a
 * one-line summary. Exits 1 if there are problems, 2 if the folder does not exist.
 * Build first (`npm run build`), with the same SITE_URL and BASE_PATH.
 */
import { existsSync, statSync } from 'node:fs';
import { readBuiltSite } from './lib/built-site.ts';
import { checkLinks, formatLinkProblems } from './lib/link-check.ts';
import { settings } from '../src/lib/settings.ts';

const { outDir, siteUrl, basePath } = settings();
const dir = process.argv[2] ?? outDir;
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`There is no built site at ${dir}/. Run \`npm run build\` first, then check the links again.`);
  process.exit(2);
}

const { pages, files } = readBuiltSite(dir);
const { problems, pagesChecked, linksChecked } = checkLinks(pages, files, { origin: siteUrl, base: basePath });
const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
if (problems.length === 0) {
  console.log(`Links: ${plural(linksChecked, 'link')} on ${plural(pagesChecked, 'page')}, all resolve (base path ${basePath}).`);
} else {
  console.log(formatLinkProblems(problems));
  const onPages = new Set(problems.map((p) => p.page)).size;
  console.log(`\nLinks: ${plural(problems.length, 'problem')} on ${plural(onPages, 'page')}.`);
  process.exit(1);
}
