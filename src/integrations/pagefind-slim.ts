/**
 * Makes a first search lighter once Pagefind has written its bundle, without changing what it
 * does: its script, which Pagefind ships readable, is minified (13.4 → 11.0 KB gzipped on this
 * site), and its WebAssembly, a gzipped file served as it is, is recompressed with Zopfli, a
 * slower gzip that makes a smaller file any browser reads the same way (59.8 → 56.9 KB). The
 * Zopfli output is kept in a cache under the original's hash: it takes a few seconds, and the
 * WebAssembly changes only with Pagefind's version.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { minifySync } from 'rolldown/utils';

/** Bytes of the files slimmed, before and after. */
export interface Slimmed {
  file: string;
  before: number;
  after: number;
}

/**
 * Minifies `<bundle>/pagefind.js` and recompresses the WebAssembly of each language the index
 * has (`pagefind-entry.json`), keeping Zopfli's output in `cache` under the original's hash.
 */
export async function slimPagefind(bundle: string, cache: string): Promise<Slimmed[]> {
  const done: Slimmed[] = [];
  const script = join(bundle, 'pagefind.js');
  const code = readFileSync(script, 'utf8');
  const min = minifySync('pagefind.js', code, { module: true });
  if (min.errors.length) throw new Error(`Pagefind's script could not be minified: ${min.errors.map((e) => e.message).join('; ')}`);
  writeFileSync(script, min.code);
  done.push({ file: 'pagefind.js', before: code.length, after: min.code.length });

  mkdirSync(cache, { recursive: true });
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string | null }> };
  const used = new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm}.pagefind`));
  for (const file of readdirSync(bundle).filter((f) => used.has(f))) {
    const gzipped = readFileSync(join(bundle, file));
    const cached = join(cache, `${createHash('sha256').update(gzipped).digest('hex').slice(0, 16)}.${file}`);
    if (!existsSync(cached)) {
      const smaller = Buffer.from(await gzipAsync(gunzipSync(gzipped), { numiterations: 15 }));
      writeFileSync(cached, smaller.length < gzipped.length ? smaller : gzipped);
    }
    const out = readFileSync(cached);
    writeFileSync(join(bundle, file), out);
    done.push({ file, before: gzipped.length, after: out.length });
  }
  return done;
}
