/** Security headers on the built files: the policy in every page, and the _headers file. */
import { expect, it } from 'vitest';
import { metaPolicy, SECURITY_HEADERS } from '../../src/lib/headers.ts';
import { pages, read } from './dist.ts';

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

it('_headers sends a policy that allows what each page allows, and the other security headers', () => {
  const file = read('/_headers').toString();
  expect(file.startsWith('/*\n')).toBe(true);
  const header = /Content-Security-Policy: (.+)/.exec(file)![1]!;
  expect(header).toContain("frame-ancestors 'none'");
  for (const [path, html] of pages) {
    for (const source of metaPolicy(html)!.match(/'sha256-[^']+'/g) ?? []) expect(header, `${path} ${source}`).toContain(source);
  }
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(file).toContain(`  ${name}: ${value}`);
});
