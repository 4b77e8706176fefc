/**
 * The `_headers` file for static hosts that read one (Netlify, Cloudflare Pages and
 * others): the Content-Security-Policy every page carries in its <meta>, sent as a real
 * header too (where `frame-ancestors` works, which a <meta> policy cannot set), and the
 * other security headers, which only a header can carry.
 */

/** The security headers besides the policy, with why each is set. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Files are served as the type they are declared, never guessed (no script from a .txt).
  'X-Content-Type-Options': 'nosniff',
  // Other sites learn only that a reader came from this site, not from which page.
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // The site uses no device features; no script, of ours or injected, may ask for them.
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
};

/** The policy in a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function metaPolicy(html: string): string | undefined {
  const tag = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return tag?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/**
 * One policy that allows what each of several page policies allows: the same directives,
 * with the sources of each directive merged. Pages differ only in the hashes of the
 * styles and scripts they carry, and a hash allows exactly one text, so the union is as
 * strict as the pages; the browser enforces a page's <meta> policy as well.
 *
 *   unionPolicy(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'"]) === "script-src 'self' 'sha256-a' 'sha256-b'"
 */
export function unionPolicy(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy
      .split(';')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const [name, ...sources] = part.split(/\s+/);
      const set = directives.get(name!) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name!, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Cloudflare's limits for `_headers` (Netlify's are looser): rules, and characters a line. */
export const HEADERS_LIMITS = { rules: 100, lineLength: 2000 } as const;

/** What to write into `_headers`. */
export interface HeadersOptions {
  /** The union of the pages' policies (see unionPolicy). */
  policy: string;
  /** The base path the site is served under ("/" or "/explainer/"): every rule's path starts with it. */
  base?: string;
  /** A preview build (SITE_NOINDEX=1): every response tells search engines not to index it. */
  noindex?: boolean;
  /**
   * Also keep Cloudflare's preview URLs (`<version>-<name>.<subdomain>.workers.dev`) out
   * of search engines: set when building on Cloudflare, unless the site itself is on
   * workers.dev (the rule would then match the production address too).
   */
  cloudflarePreviews?: boolean;
}

/**
 * Files whose names carry a hash of their content, so a new version has a new name and
 * a reader's browser may keep them for a year without asking again: Astro's bundles, and
 * Pagefind's index chunks, fragments and filters. Everything else (HTML, pagefind.js,
 * the WASM loader, feeds) gets the host's default, which revalidates on every visit.
 */
export const FINGERPRINTED_PATHS = ['_astro/*', 'pagefind/fragment/*', 'pagefind/index/*', 'pagefind/filter/*', 'pagefind/*.pf_meta'] as const;

/** The Cache-Control of fingerprinted files. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The Content-Security-Policy header line, with `frame-ancestors 'none'` added (no other
 * site may frame these pages; only a header can say so). If the pages' hashes make the
 * line longer than a host accepts, the header carries `frame-ancestors` alone: each
 * page's <meta> policy, which the browser enforces as well, still limits its scripts.
 */
export function cspHeaderLine(policy: string): { line: string; full: boolean } {
  const frame = "frame-ancestors 'none'";
  const line = `  Content-Security-Policy: ${policy.trim().replace(/;\s*$/, '')}; ${frame}`;
  return line.length <= HEADERS_LIMITS.lineLength ? { line, full: true } : { line: `  Content-Security-Policy: ${frame}`, full: false };
}

/**
 * The `_headers` file, read by Netlify and Cloudflare (GitHub Pages sets no headers; the
 * <meta> policy still applies there). One rule for every path under the base path with
 * the policy and the security headers; long-lived caching for fingerprinted files; and
 * `X-Robots-Tag: noindex` for previews. Rules that match one request add up, so no rule
 * repeats a header another rule sets for the same path.
 *
 *   headersFile({ policy: "default-src 'self'", base: '/x/' })
 *   // "/x/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n…\n\n/x/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n…"
 */
export function headersFile({ policy, base = '/', noindex = false, cloudflarePreviews = false }: HeadersOptions): string {
  const all = [cspHeaderLine(policy).line, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  if (noindex) all.push('  X-Robots-Tag: noindex');
  const rules = [[`${base}*`, ...all], ...FINGERPRINTED_PATHS.map((path) => [`${base}${path}`, `  Cache-Control: ${IMMUTABLE}`])];
  if (cloudflarePreviews && !noindex) rules.push(['https://:version.:subdomain.workers.dev/*', '  X-Robots-Tag: noindex']);
  return `${rules.map((r) => r.join('\n')).join('\n\n')}\n`;
}

/** A parsed `_headers` file: each rule's path and its header lines. */
export function parseHeadersFile(text: string): Array<{ path: string; headers: string[] }> {
  const rules: Array<{ path: string; headers: string[] }> = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (/^\s/.test(line)) rules.at(-1)?.headers.push(line.trim());
    else rules.push({ path: line.trim(), headers: [] });
  }
  return rules;
}
