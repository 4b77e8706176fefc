/**
 * A built site (dist/) as the link checker and the dist tests read it: every page by its
 * path inside the site, and every other file's path.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * The URL path a file in the output folder is served at, given its path relative to
 * that folder with `/` separators: `x/index.html` → `/x/`, `index.html` → `/`, and
 * anything else keeps its name (`404.html` → `/404.html`, `favicon.svg` → `/favicon.svg`).
 */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/**
 * Reads a built site (dist/) for checking: every HTML page by its path inside the site
 * (`urlPathOf`), and every other file's path. Sorted, so problems come out in the same
 * order on every run and platform.
 */
export function readBuiltSite(dir: string): { pages: Map<string, string>; files: Set<string> } {
  const pages = new Map<string, string>();
  const files = new Set<string>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = join(dir, entry);
    if (!statSync(file).isFile()) continue;
    const url = urlPathOf(entry.split(sep).join('/'));
    if (entry.endsWith('.html')) pages.set(url, readFileSync(file, 'utf8'));
    else files.add(url);
  }
  return { pages, files };
}
