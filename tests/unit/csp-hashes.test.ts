import { describe, expect, it } from 'vitest';
import { hashSource, inlineHashSources, prunePolicyHashes } from '../../src/lib/csp-hashes.ts';

const style = 'p{color:red}';
const other = 'h1{margin:0}';
const script = 'console.log(1)';
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe("a page's policy cut to its own hashes", () => {
  it('hashes a text as the browser does: sha256, base64', () => {
    // The well-known digest of the empty text (Astro's own policy lists it for an empty <style>).
    expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });

  it("keeps the hashes of the page's inline styles and running scripts, not of JSON-LD, external scripts or other pages' texts", () => {
    const body = `<style>${style}</style><script type="application/ld+json">{"a":1}</script><script type="module" src="/x.js"></script><script>${script}</script>`;
    expect(inlineHashSources(body)).toEqual(new Set([hashSource(style), hashSource(script)]));
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashSource('x()')} ${hashSource(script)}; style-src 'self' ${hashSource(other)} ${hashSource(style)};`;
    expect(prunePolicyHashes(page(policy, body))).toBe(
      page(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashSource(script)}; style-src 'self' ${hashSource(style)};`, body),
    );
  });

  it('leaves a directive its other sources when no hash is kept, and a page without a policy as it is', () => {
    const policy = `script-src 'self' ${hashSource('x()')}; style-src 'self' ${hashSource(other)};`;
    expect(prunePolicyHashes(page(policy, '<p>text</p>'))).toBe(page("script-src 'self'; style-src 'self';", '<p>text</p>'));
    expect(prunePolicyHashes('<p>no policy</p>')).toBe('<p>no policy</p>');
  });
});
