/**
 * `npm run check:links [dir]`: checks every link in the built site (dist/, or
 * EXPLAINER_OUT_DIR, or the folder given) — see scripts/lib/link-check.ts for the checks.
 * Prints each problem with its fix and a one-line summary. Exits 1 if there are
 * problems, 2 if the folder does not exist. Build first (`npm run build`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { checkLinks, formatLinkProblems, urlPathOf } from './lib/link-check.ts';
import { SITE } from '../src/lib/site.ts';

const dir = process.argv[2] ?? process.env.EXPLAINER_OUT_DIR ?? 'dist';
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`There is no built site at ${dir}/. Run \`npm run build\` first, then check the links again.`);
  process.exit(2);
}

const pages = new Map<string, string>();
const files = new Set<string>();
// Sorted, so problems come out in the same order on every run and platform.
const entries = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
for (const entry of entries) {
  const file = join(dir, entry);
  if (!statSync(file).isFile()) continue;
  const url = urlPathOf(entry.split(sep).join('/'));
  if (entry.endsWith('.html')) pages.set(url, readFileSync(file, 'utf8'));
  else files.add(url);
}

const { problems, pagesChecked, linksChecked } = checkLinks(pages, files, { origin: SITE.url });
const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
if (problems.length === 0) {
  console.log(`Links: ${plural(linksChecked, 'link')} on ${plural(pagesChecked, 'page')}, all resolve.`);
} else {
  console.log(formatLinkProblems(problems));
  const onPages = new Set(problems.map((p) => p.page)).size;
  console.log(`\nLinks: ${plural(problems.length, 'problem')} on ${plural(onPages, 'page')}.`);
  process.exit(1);
}
