/**
 * `node scripts/compare-builds.ts <before> <after>`: compares two built sites file by file,
 * to prove a change to the build (e.g. a faster Markdown plugin) left what readers get
 * unchanged. Prints the files only one side has and those whose bytes differ, with the
 * first differing line of each; exits 1 if there is any.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from './bench/measure.ts';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('Usage: node scripts/compare-builds.ts <before-dist> <after-dist>');
  process.exit(2);
}
const list = (dir: string) => new Set(filesUnder(dir).map((f) => f.slice(dir.length + 1)));
const a = list(before);
const b = list(after);
const onlyIn = (x: Set<string>, y: Set<string>) => [...x].filter((f) => !y.has(f)).sort();
const differing = [...a].filter((f) => b.has(f) && !readFileSync(join(before, f)).equals(readFileSync(join(after, f)))).sort();

for (const f of onlyIn(a, b)) console.log(`only in ${before}: ${f}`);
for (const f of onlyIn(b, a)) console.log(`only in ${after}: ${f}`);
for (const f of differing) {
  const [x, y] = [readFileSync(join(before, f), 'utf8').split('\n'), readFileSync(join(after, f), 'utf8').split('\n')];
  const line = x.findIndex((l, i) => l !== y[i]);
  console.log(`differs: ${f} (line ${line + 1})\n  - ${x[line]?.slice(0, 200)}\n  + ${y[line]?.slice(0, 200)}`);
}
const pages = [...a].filter((f) => f.endsWith('.html')).length;
console.log(`${a.size} files (${pages} HTML pages) compared: ${differing.length} differ, ${onlyIn(a, b).length + onlyIn(b, a).length} on one side only.`);
process.exit(differing.length || onlyIn(a, b).length || onlyIn(b, a).length ? 1 : 0);
