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
  return tag?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
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
    for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
      const [name, ...sources] = part.split(/\s+/);
      const set = directives.get(name!) ?? new Set<string>();
      for (const source of sources) set.add(source);
      directives.set(name!, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The `_headers` file: one rule for every path. The policy gains `frame-ancestors 'none'`
 * (no other site may frame these pages), which only a header can set.
 *
 *   headersFile("default-src 'self'") === "/*\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  X-Content-Type-Options: nosniff\n…"
 */
export function headersFile(policy: string): string {
  const csp = `${policy.trim().replace(/;\s*$/, '')}; frame-ancestors 'none'`;
  const lines = [`Content-Security-Policy: ${csp}`, ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `${k}: ${v}`)];
  return `/*\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}
