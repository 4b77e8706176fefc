/**
 * What the scale benchmark (scripts/bench.ts) measures besides time: files and bytes
 * under a folder, the memory of a process tree, and what a first search downloads.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { FIRST_RESULTS } from '../../src/scripts/search-engine.ts';

/** Every file under a folder, recursively. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

export const bytesOf = (files: string[]) => files.reduce((sum, f) => sum + statSync(f).size, 0);
/** The resident set (kB) of every process whose parent chain reaches `pid`, summed, and the largest. */
export function treeRss(pid: number): { sum: number; max: number } {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces; the parent pid follows it.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parent.set(Number(name), ppid);
    } catch {
      // The process ended while we looked.
    }
  }
  let sum = 0;
  let max = 0;
  for (const p of parent.keys()) {
    let q: number | undefined = p;
    while (q && q !== pid) q = parent.get(q);
    if (q !== pid) continue;
    try {
      const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      sum += rss;
      max = Math.max(max, rss);
    } catch {
      // ended
    }
  }
  return { sum, max };
}

/**
 * What a first one-word search transfers, counted from the files (no browser), compressed as
 * a static host serves them: pagefind.js and pagefind-entry.json gzipped, the language's
 * WebAssembly and metadata, one index chunk of average size and the first screen's fragments
 * (FIRST_RESULTS, three) of average size (Pagefind writes these gzipped), and of the names layer the list of shards and the
 * largest shard, gzipped. The search page runs Pagefind without its worker
 * (src/scripts/search-engine.ts), so pagefind-worker.js is not counted.
 */
export function firstSearch(dist: string) {
  const pagefind = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(pagefind, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };
  const [lang, info] = Object.entries(entry.languages).sort((a, b) => b[1].page_count - a[1].page_count)[0]!;
  const size = (f: string) => statSync(join(pagefind, f)).size;
  const gzipped = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;
  const average = (dir: string, ext: string) => {
    const files = readdirSync(join(pagefind, dir)).filter((f) => f.startsWith(`${lang}_`) && f.endsWith(ext));
    return { count: files.length, average: files.length ? files.reduce((s, f) => s + size(join(dir, f)), 0) / files.length : 0 };
  };
  const chunks = average('index', '.pf_index');
  const fragments = average('fragment', '.pf_fragment');
  const names = join(dist, 'search-names');
  const shards = existsSync(names) ? readdirSync(names).filter((f) => f !== 'index.json') : [];
  const parts = {
    'pagefind.js': gzipped(join(pagefind, 'pagefind.js')),
    'pagefind-entry.json': gzipped(join(pagefind, 'pagefind-entry.json')),
    [`wasm.${info.wasm}.pagefind`]: size(`wasm.${info.wasm}.pagefind`),
    [`pagefind.${info.hash}.pf_meta`]: size(`pagefind.${info.hash}.pf_meta`),
    'one index chunk (average)': chunks.average,
    [`${FIRST_RESULTS} fragments (average)`]: FIRST_RESULTS * fragments.average,
    'names: shard list and largest shard': shards.length ? gzipped(join(names, 'index.json')) + Math.max(...shards.map((f) => gzipped(join(names, f)))) : 0,
  };
  return { total: Object.values(parts).reduce((a, b) => a + b, 0), parts, chunks: chunks.count, fragments: fragments.count };
}
