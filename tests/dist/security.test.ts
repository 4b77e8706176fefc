/** Security headers on the built files: the policy in every page, and the _headers file. */
import { expect, it } from 'vitest';
import { HEADERS_LIMITS, IMMUTABLE, metaPolicy, parseHeadersFile, SECURITY_HEADERS } from '../../src/lib/headers.ts';
import { inlineHashSources } from '../../src/lib/csp-hashes.ts';
import { BASE_PATH, pages, read } from './dist.ts';

it('every page carries a Content-Security-Policy with no unsafe-inline or unsafe-eval for scripts', () => {
  for (const [path, html] of pages) {
    const policy = metaPolicy(html);
    expect(policy, path).toBeDefined();
    const script = policy!.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'))!;
    expect(script, path).toContain("'self'");
    expect(script, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
    expect(policy, path).toMatch(/default-src 'self'/);
    expect(policy, path).toMatch(/object-src 'none'/);
  }
});

it("each page's policy lists exactly the hashes of its own inline styles and scripts (src/lib/csp-hashes.ts)", () => {
  let inline = 0;
  for (const [path, html] of pages) {
    const own = inlineHashSources(html);
    inline += own.size;
    expect(new Set(metaPolicy(html)!.match(/'sha256-[^']+'/g) ?? []), path).toEqual(own);
  }
  // Pages do carry inline styles (Astro inlines small stylesheets): the hashes that stay are needed.
  expect(inline).toBeGreaterThan(0);
});

it('_headers sends a policy that allows what each page allows, and the other security headers', () => {
  const file = read('/_headers').toString();
  expect(file.startsWith(`${BASE_PATH}*\n`)).toBe(true);
  const header = /Content-Security-Policy: (.+)/.exec(file)![1]!;
  expect(header).toContain("frame-ancestors 'none'");
  for (const [path, html] of pages) {
    for (const source of metaPolicy(html)!.match(/'sha256-[^']+'/g) ?? []) expect(header, `${path} ${source}`).toContain(source);
  }
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`  ${name}: ${value}`);
});

it('_headers stays within the hosts\' limits, under the base path, with long caching only for fingerprinted files', () => {
  const file = read('/_headers').toString();
  for (const line of file.split('\n')) expect(line.length, line.slice(0, 80)).toBeLessThanOrEqual(HEADERS_LIMITS.lineLength);
  const rules = parseHeadersFile(file);
  expect(rules.length).toBeLessThanOrEqual(HEADERS_LIMITS.rules);
  for (const rule of rules) expect(rule.path.startsWith(BASE_PATH) || rule.path.startsWith('https://'), rule.path).toBe(true);
  const cached = rules.filter((r) => r.headers.includes(`Cache-Control: ${IMMUTABLE}`)).map((r) => r.path);
  expect(cached).toEqual(expect.arrayContaining([`${BASE_PATH}_astro/*`, `${BASE_PATH}pagefind/fragment/*`, `${BASE_PATH}pagefind/index/*`]));
  // HTML keeps the host's revalidating default: no rule that matches pages sets Cache-Control.
  expect(rules.find((r) => r.path === `${BASE_PATH}*`)!.headers.some((h) => h.startsWith('Cache-Control'))).toBe(false);
  // A production build is indexable; previews are built with SITE_NOINDEX=1.
  expect(file.includes('X-Robots-Tag: noindex')).toBe(process.env.SITE_NOINDEX === '1');
});
