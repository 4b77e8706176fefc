/**
 * The link checker: given the built site as URL paths and HTML, it finds links that
 * lead nowhere — to a missing page or file, to a page without its trailing slash, to
 * an anchor that is not on the target page — pages no reader can reach from the home
 * page, external links without the site's `rel="external noopener"`, and `javascript:`
 * links. Pure: the caller reads the files (see scripts/check-links.ts).
 */
import { sitePathOf } from '../../src/lib/urls.ts';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { closest, didYouMean, editDistance } from '../../src/lib/suggest.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** One thing wrong with a link (or, for an orphan page, with the page: `href` is empty). */
export interface LinkProblem {
  /** URL path of the page the problem is on. */
  page: string;
  /** The link as written in the HTML. */
  href: string;
  /** What is wrong, as a sentence. */
  problem: string;
  /** How to put it right, as a sentence. */
  fix: string;
  /** For a missing anchor: the anchors the target page does have, nearest first. */
  anchors?: string[];
}

/** How to check. */
export interface LinkCheckOptions {
  /** The site's own origin (`https://example.org`): absolute links to it are internal. */
  origin?: string;
  /**
   * The base path the site is served under ("/explainer/"; default "/"). `pages` and
   * `files` are keyed by path inside the site, as `urlPathOf` gives them; links carry the
   * base, and an internal link outside it is a problem.
   */
  base?: string;
}

/** What a check found, and how much it looked at. */
export interface LinkCheckResult {
  problems: LinkProblem[];
  pagesChecked: number;
  /** Every link looked at, except mailto: and tel: ones, which are not checked. */
  linksChecked: number;
}

/** The elements and attributes that point at a URL. */
const LINK_ATTRIBUTES: Record<string, string> = {
  a: 'href',
  link: 'href',
  img: 'src',
  script: 'src',
  source: 'src',
  form: 'action',
};

/** How many existing anchors a missing-anchor problem lists. */
const ANCHORS_LISTED = 8;

/** Pages that need no inbound link: servers show the 404 page on their own. */
const UNLINKED_PAGES = new Set(['/404.html', '/404/']);

/** Stands in for the origin when none is given, so relative links still resolve. */
const PLACEHOLDER_ORIGIN = 'http://link-check.invalid';

interface Link {
  tag: string;
  href: string;
  rel: string[];
}

interface ParsedPage {
  links: Link[];
  /** Every id, and every `<a name>`: what a `#fragment` can point at. */
  anchors: Set<string>;
}

/** Checks every link on every page; see the module comment for what counts as a problem. */
export function checkLinks(pages: Map<string, string>, files: Set<string>, options: LinkCheckOptions = {}): LinkCheckResult {
  const origin = new URL(options.origin ?? PLACEHOLDER_ORIGIN).origin;
  const base = options.base ?? '/';
  const parsed = new Map([...pages].map(([path, html]) => [path, parsePage(html)]));
  const problems: LinkProblem[] = [];
  const seen = new Set<string>();
  const add = (p: LinkProblem) => {
    // A header or footer repeats the same broken link; once per page is enough.
    const key = JSON.stringify([p.page, p.href, p.problem]);
    if (!seen.has(key)) problems.push(p);
    seen.add(key);
  };
  // Pages each page links to (<a href>, <form action>), for the reachability walk.
  const linksTo = new Map<string, Set<string>>();
  let linksChecked = 0;

  for (const [page, { links }] of parsed) {
    const targets = new Set<string>();
    linksTo.set(page, targets);
    for (const link of links) {
      let url: URL;
      try {
        url = new URL(link.href, origin + base + page.slice(1));
      } catch {
        linksChecked += 1;
        add({ page, href: link.href, problem: 'this is not a valid URL.', fix: 'Correct the address.' });
        continue;
      }
      if (url.protocol === 'mailto:' || url.protocol === 'tel:') continue;
      linksChecked += 1;
      if (url.protocol === 'javascript:') {
        add({
          page,
          href: link.href,
          problem: 'a javascript: URL is not a link: it does nothing without scripts and cannot be opened in a new tab.',
          fix: 'Use a <button> with a script handler, or link to a real page.',
        });
        continue;
      }
      // Other schemes (data:, blob:) carry their content with them: nothing to resolve.
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      if (url.origin !== origin) {
        if (link.tag === 'a') checkExternal(page, link, add);
        continue;
      }
      const inside = sitePathOf(url.pathname, base);
      if (inside === undefined) {
        add({
          page,
          href: link.href,
          problem: `this link leaves the site's base path ${base}, so it breaks where the site is published under it.`,
          fix: 'Build the URL with href() from src/lib/urls.ts (or, in content, a [[wikilink]]), never from "/" by hand.',
        });
        continue;
      }
      const target = resolve(new URL(inside + url.search + url.hash, origin), pages, files);
      if (typeof target !== 'string') {
        add({ page, href: link.href, ...target });
        continue;
      }
      // Readers follow links, and submit forms: the header's search form (GET, works
      // without scripts) is how they reach /search/.
      if ((link.tag === 'a' || link.tag === 'form') && pages.has(target)) targets.add(target);
      const anchors = parsed.get(target)?.anchors;
      if (anchors) checkFragment(page, link.href, url.hash, target, anchors, add);
    }
  }

  problems.push(...orphans(pages, linksTo));
  return { problems, pagesChecked: pages.size, linksChecked };
}

/** Parses a page once for its links and its anchors. */
function parsePage(html: string): ParsedPage {
  const links: Link[] = [];
  const anchors = new Set<string>();
  const visit = (node: Node) => {
    if ('tagName' in node) {
      const id = attr(node, 'id');
      if (id) anchors.add(id);
      const name = node.tagName === 'a' ? attr(node, 'name') : undefined;
      if (name) anchors.add(name);
      const attribute = LINK_ATTRIBUTES[node.tagName];
      const href = attribute ? attr(node, attribute) : undefined;
      // A <form> without action, or an <a> without href, points nowhere: nothing to check.
      if (href !== undefined) links.push({ tag: node.tagName, href, rel: (attr(node, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean) });
      // A <template>'s markup lives in its content fragment, not its children.
      if (node.tagName === 'template' && 'content' in node) visit(node.content);
    }
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  visit(parse(html));
  return { links, anchors };
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/**
 * The page or file an internal URL names (its key in `pages` or `files`), or why none.
 * The query string is ignored: the built site is static, so `/search/?q=x` is `/search/`.
 */
function resolve(url: URL, pages: Map<string, string>, files: Set<string>): string | { problem: string; fix: string } {
  const path = decode(url.pathname);
  if (pages.has(path) || files.has(path)) return path;
  // A static server serves dir/index.html at dir/, so this works and has anchors to check.
  if (path.endsWith('/index.html') && pages.has(path.slice(0, -'index.html'.length))) return path.slice(0, -'index.html'.length);
  if (pages.has(`${path}/`)) {
    return {
      problem: `there is no page at ${path}; the page is ${path}/.`,
      fix: `Add the trailing slash: ${path}/ (the site uses trailingSlash: 'always'; without it the link is a 404 or a redirect, depending on the server).`,
    };
  }
  const known = [...pages.keys(), ...files];
  return {
    problem: `there is no page or file at ${path}.`,
    // The site's one wording and threshold for "did you mean" (src/lib/suggest.ts), one guess.
    fix: closest(path, known, 1).length ? didYouMean(path, known, 'Otherwise correct the link or remove it.', 1) : 'Correct the link or remove it.',
  };
}

/** Reports a `#fragment` that names no anchor on the target page. */
function checkFragment(page: string, href: string, hash: string, target: string, anchors: Set<string>, add: (p: LinkProblem) => void) {
  const fragment = decode(hash.slice(1));
  // An empty fragment and #top scroll to the top of the page without any anchor (HTML spec).
  if (fragment === '' || fragment.toLowerCase() === 'top' || anchors.has(fragment)) return;
  const listed = [...anchors]
    .map((a) => ({ a, d: editDistance(fragment, a) }))
    .sort((x, y) => x.d - y.d || x.a.localeCompare(y.a))
    .slice(0, ANCHORS_LISTED)
    .map(({ a }) => a);
  add({
    page,
    href,
    problem: `no element with id "${fragment}" on ${target}.`,
    fix: listed.length
      ? `Link to one of the anchors listed, or give the intended element id="${fragment}".`
      : `Give the intended element on ${target} id="${fragment}", or drop the fragment.`,
    anchors: listed,
  });
}

/** Reports an external link without the rel tokens the site marks external links with. */
function checkExternal(page: string, link: Link, add: (p: LinkProblem) => void) {
  const missing = ['external', 'noopener'].filter((token) => !link.rel.includes(token));
  if (missing.length === 0) return;
  add({
    page,
    href: link.href,
    problem: `the external link's rel lacks ${missing.map((t) => `"${t}"`).join(' and ')}.`,
    // "external" drives the CSS marker; "noopener" keeps the opened page away from window.opener.
    fix: `Add rel="external noopener" (keep any other tokens, such as noreferrer).`,
  });
}

/** Pages no chain of links (or forms) from the home page reaches. */
function orphans(pages: Map<string, string>, linksTo: Map<string, Set<string>>): LinkProblem[] {
  if (!pages.has('/')) {
    return [
      {
        page: '/',
        href: '',
        problem: 'there is no home page, so no page can be reached from it.',
        fix: 'Build the site with an index.html at the top of the output folder.',
      },
    ];
  }
  const reached = new Set(['/']);
  const queue = ['/'];
  for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
    for (const next of linksTo.get(page) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return [...pages.keys()]
    .filter((page) => !reached.has(page) && !UNLINKED_PAGES.has(page))
    .map((page) => ({
      page,
      href: '',
      problem: `the page is not linked from any page reachable from the home page, so readers cannot find it by following links.`,
      fix: 'Link to it from a related page or from its collection index, or remove it.',
    }));
}

/** Percent-decodes, keeping the text as written if it is not valid percent-encoding. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The problems as text for a terminal, grouped by page (in the order the pages first
 * appear), each with its fix, and for a missing anchor the anchors that do exist.
 */
export function formatLinkProblems(problems: LinkProblem[]): string {
  const byPage = new Map<string, LinkProblem[]>();
  for (const p of problems) byPage.set(p.page, [...(byPage.get(p.page) ?? []), p]);
  return [...byPage.values()]
    .map((group) =>
      group
        .map((p) => {
          const lines = [p.href ? `${p.page}: link "${p.href}" — ${p.problem}` : `${p.page}: ${p.problem}`];
          if (p.anchors) lines.push(`    Anchors there: ${p.anchors.length ? p.anchors.join(', ') : '(none)'}`);
          lines.push(`    Fix: ${p.fix}`);
          return lines.join('\n');
        })
        .join('\n'),
    )
    .join('\n\n');
}
