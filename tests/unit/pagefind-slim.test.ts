/** Slimming Pagefind's bundle: a smaller script that does the same, a smaller WebAssembly file with the same bytes inside. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { slimPagefind } from '../../src/integrations/pagefind-slim.ts';

const script = `export class PagefindInstance {\n  constructor(basePath) {\n    this.basePath = basePath;\n  }\n  async search(term) {\n    const longVariableName = term.trim();\n    return { term: longVariableName, base: this.basePath };\n  }\n}\n`;
// Compressible like a real WebAssembly file, and gzipped quickly, as Pagefind writes it.
const wasm = Buffer.from(Array.from({ length: 4_000 }, (_, i) => ((i * 7) % 13) + (i % 97 === 0 ? 200 : 0)));

function bundle() {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-slim-'));
  writeFileSync(join(dir, 'pagefind.js'), script);
  writeFileSync(join(dir, 'wasm.en.pagefind'), gzipSync(wasm, { level: 1 }));
  // A language the index does not use: left as it is.
  writeFileSync(join(dir, 'wasm.unknown.pagefind'), gzipSync(wasm, { level: 1 }));
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 3 } } }));
  return dir;
}

// Zopfli is slow by design, and slower on a loaded machine.
describe('slimPagefind', { timeout: 60_000 }, () => {
  it('minifies the script without changing what it does', async () => {
    const dir = bundle();
    const [js] = await slimPagefind(dir, join(dir, 'cache'));
    const code = readFileSync(join(dir, 'pagefind.js'), 'utf8');
    expect(js).toEqual({ file: 'pagefind.js', before: script.length, after: code.length });
    expect(code.length).toBeLessThan(script.length);
    const { PagefindInstance } = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
      PagefindInstance: new (b: string) => { search(t: string): Promise<unknown> };
    };
    expect(await new PagefindInstance('/pagefind/').search(' drone ')).toEqual({ term: 'drone', base: '/pagefind/' });
  });

  it('recompresses the WebAssembly smaller, with the same bytes inside, and keeps it in the cache', async () => {
    const dir = bundle();
    const before = readFileSync(join(dir, 'wasm.en.pagefind')).length;
    const cache = join(dir, 'cache');
    const [, slim] = await slimPagefind(dir, cache);
    const after = readFileSync(join(dir, 'wasm.en.pagefind'));
    expect(slim).toEqual({ file: 'wasm.en.pagefind', before, after: after.length });
    expect(after.length).toBeLessThan(before);
    expect(gunzipSync(after).equals(wasm)).toBe(true);
    expect(readFileSync(join(dir, 'wasm.unknown.pagefind')).equals(gzipSync(wasm, { level: 1 }))).toBe(true);
    expect(readdirSync(cache)).toEqual([expect.stringMatching(/^[0-9a-f]{16}\.wasm\.en\.pagefind$/)]);
    // A second build with the same WebAssembly takes it from the cache, not from Zopfli again.
    writeFileSync(join(dir, 'wasm.en.pagefind'), gzipSync(wasm, { level: 1 }));
    const kept = gzipSync(wasm, { level: 9 });
    writeFileSync(join(cache, readdirSync(cache)[0]!), kept);
    await slimPagefind(dir, cache);
    expect(readFileSync(join(dir, 'wasm.en.pagefind')).equals(kept)).toBe(true);
  });
});
