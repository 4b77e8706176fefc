import { describe, expect, it } from 'vitest';
import { startupModules } from '../../scripts/lib/startup-modules.ts';

const files: Record<string, string> = {
  '/_astro/a.js': 'import{t as e}from"./helper.js";import"../shared/b.js";e(()=>import("./lazy.js"));',
  '/_astro/helper.js': 'export const t=(f)=>f();',
  '/shared/b.js': 'export*from"/_astro/c.js";',
  '/_astro/c.js': 'import"./helper.js";export const c=import.meta.url;',
  '/_astro/lazy.js': 'import"./never.js";',
};
const load = (path: string) => {
  if (!(path in files)) throw new Error(`not loaded at startup: ${path}`);
  return files[path]!;
};

describe('startupModules', () => {
  it('follows static imports and re-exports recursively, each module once, resolved against their importer', () => {
    expect([...startupModules([{ url: '/_astro/a.js' }], load).keys()]).toEqual(['/_astro/a.js', '/_astro/helper.js', '/shared/b.js', '/_astro/c.js']);
  });

  it('does not follow a dynamic import() or import.meta', () => {
    const found = startupModules([{ url: '/_astro/a.js' }], load);
    expect(found.has('/_astro/lazy.js')).toBe(false);
    expect(found.has('/_astro/never.js')).toBe(false);
  });

  it('reads an inline script from its code and resolves its imports against the page', () => {
    const found = startupModules(
      [
        { url: '/weapons/x/', code: 'import"../../_astro/helper.js";' },
        { url: '/weapons/x/', code: 'let a=1;' },
      ],
      load,
    );
    expect([...found.keys()]).toEqual(['/weapons/x/#inline-0', '/_astro/helper.js', '/weapons/x/#inline-1']);
    expect(found.get('/weapons/x/#inline-1')).toBe('let a=1;');
  });

  it('loads an inline script with no imports without reading any file', () => {
    expect([...startupModules([{ url: '/', code: 'document.title="x"' }], load).keys()]).toEqual(['/#inline-0']);
  });
});
