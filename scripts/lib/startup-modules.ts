/**
 * The JavaScript a page runs when it loads: each of its module scripts and every module they
 * import statically, followed recursively, as a browser fetches them. A dynamic import() is
 * not followed: it loads later, if at all, and a page budget counts it apart.
 */
import { initSync, parse } from 'es-module-lexer';

initSync();

/** One of a page's scripts: its address (a page's URL for an inline script) and, if inline, its code. */
export interface PageScript {
  url: string;
  code?: string;
}

/**
 * Every module a page loads at startup, each once, by address (inline scripts by their
 * page's address and `#inline-<n>`), with its code. `load` gives a module's code by its URL
 * path; imports are resolved against the importing module's address, as a browser does.
 *
 * `startupModules([{ url: '/_astro/a.js' }], load)`, where a.js has `import"./b.js"` and
 * `import("./c.js")`, gives a.js and b.js, not c.js.
 */
export function startupModules(scripts: PageScript[], load: (path: string) => string): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (url: string, code: string) => {
    if (found.has(url)) return;
    found.set(url, code);
    // d === -1: a static import or re-export; dynamic imports and import.meta have other values.
    for (const i of parse(code)[0].filter((i) => i.d === -1 && i.n)) {
      const path = new URL(i.n!, new URL(url, 'http://site')).pathname;
      visit(path, load(path));
    }
  };
  scripts.forEach((s, n) => (s.code === undefined ? visit(s.url, load(s.url)) : visit(`${s.url}#inline-${n}`, s.code)));
  return found;
}
