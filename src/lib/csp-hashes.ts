/**
 * Each page's Content-Security-Policy, cut to the hashes that page needs. Astro writes
 * into every page the hashes of every script and style of the whole site (its client
 * chunks, which the site serves as files and 'self' already allows, and every inline
 * style of every page): about 0.5 KB of incompressible text in each page's first round
 * trip. A hash only allows the one inline text it is the digest of, so keeping those of
 * the page's own inline <style> and <script> elements allows exactly what the page runs.
 *
 *   prunePolicyHashes('<meta http-equiv="content-security-policy" content="script-src \'self\' \'sha256-A…\'; style-src \'self\' \'sha256-B…\' \'sha256-C…\';">…<style>p{}</style>')
 *   // the same page, its policy keeping only the hash of "p{}" (if it is B…): "script-src 'self'; style-src 'self' 'sha256-B…';"
 */
import { createHash } from 'node:crypto';

/** The CSP source for an inline text: `'sha256-<base64 digest>'`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources of a page's inline styles and inline scripts that run (not JSON data such as JSON-LD). */
export function inlineHashSources(html: string): Set<string> {
  const texts = [
    ...[...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!),
    ...[...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
      .filter(([, attrs]) => !/\bsrc=/i.test(attrs!) && !/\btype="application\/(?:ld\+)?json"/i.test(attrs!))
      .map((m) => m[2]!),
  ];
  return new Set(texts.map(hashSource));
}

/** The page with its <meta> policy keeping only the hashes of its own inline styles and scripts (unchanged if it has no policy). */
export function prunePolicyHashes(html: string): string {
  const keep = inlineHashSources(html);
  return html.replace(/(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i, (_, open: string, policy: string, close: string) => {
    const pruned = policy.replace(/\s*'sha(?:256|384|512)-[^']+'/g, (source) => (keep.has(source.trim()) ? source : '')).replace(/\s+;/g, ';');
    return `${open}${pruned}${close}`;
  });
}
