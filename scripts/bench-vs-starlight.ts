/**
 * `npm run bench:vs-starlight [-- --pages=1000] [--runs=3] [--starlight=latest] [--no-sidebar] [--seed=1] [--keep]`:
 * the side-by-side benchmark. It writes the synthetic content set of `npm run bench`
 * (scripts/bench/synthetic/) once, and the same pages as a Starlight site
 * (scripts/bench/starlight.ts) in a folder of its own under the system's temporary folder,
 * where it installs Starlight from the npm registry the first time (never a dependency of
 * this project). Then it builds the two in turn, this site first, `--runs` times each, every
 * build from a cold cache, and measures each build's whole process tree
 * (scripts/bench/process-tree.ts: wall time until the last process has ended, CPU time of
 * every process including Pagefind's, peak memory), with the load average before and after.
 *
 * It prints each run, then the medians and ranges per page (pages = index.html files built),
 * and the ratio of this site's median to Starlight's: below 1.0, this site is faster.
 * The results are written to tests/.output/bench-vs-starlight.json. Other load on the
 * machine slows both; alternating the builds spreads it over both alike, and the CPU
 * time is less disturbed by it than the wall time.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { syntheticContent } from './bench/synthetic/index.ts';
import { measureTree, type TreeMeasure } from './bench/process-tree.ts';
import { installStarlight, writeStarlightSite } from './bench/starlight.ts';
import { buildEnv } from './lib/build-env.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const known = /^--(pages=\d+|runs=\d+|starlight=\S+|seed=\S+|no-sidebar|keep)$/;
if (args.some((a) => !known.test(a))) {
  console.error('Usage: npm run bench:vs-starlight -- [--pages=1000] [--runs=3] [--starlight=latest] [--no-sidebar] [--seed=1] [--keep]');
  process.exit(2);
}
const pages = Number(option('pages', '1000'));
const runs = Number(option('runs', '3'));
const sidebar = !args.includes('--no-sidebar');
const seed = option('seed', '1');

const work = join(root, 'tests/.output/vs-starlight');
const peer = join(tmpdir(), 'explainer-bench-starlight');
const version = installStarlight(peer, option('starlight', 'latest'), ['npm']);

const files = syntheticContent(pages, seed);
rmSync(work, { recursive: true, force: true });
for (const f of files) {
  const path = join(work, 'content', f.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, f.text);
}
writeStarlightSite(peer, files, { sidebar });
const cpu = cpus();
console.log(
  `${pages} synthetic pages, ${runs} runs each, alternating; Starlight ${version}${sidebar ? ' with a sidebar of each collection' : ' without a sidebar'}. ` +
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores.`,
);

const htmlPages = (dir: string) =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).length : 0;
const site = {
  name: 'this site',
  run: () => {
    rmSync(join(work, 'dist'), { recursive: true, force: true });
    rmSync(join(work, 'cache'), { recursive: true, force: true });
    return measureTree([process.execPath, 'scripts/build.ts'], { cwd: root, env: buildEnv(work, root) });
  },
  dist: join(work, 'dist'),
};
const starlight = {
  name: `Starlight ${version}`,
  run: () => {
    for (const d of ['dist', '.astro', 'node_modules/.astro']) rmSync(join(peer, d), { recursive: true, force: true });
    const astro = join(peer, 'node_modules/astro/bin/astro.mjs');
    return measureTree([process.execPath, astro, 'build'], { cwd: peer, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  },
  dist: join(peer, 'dist'),
};

interface Result extends Omit<TreeMeasure, 'output'> {
  pages: number;
  load: [number, number];
}
const results = new Map<string, Result[]>([
  [site.name, []],
  [starlight.name, []],
]);
for (let i = 1; i <= runs; i++) {
  for (const s of [site, starlight]) {
    const before = loadavg()[0]!;
    const { output, ...m } = await s.run();
    if (m.status !== 0) {
      console.error(`${s.name}: the build failed (exit ${m.status}). The end of its output:\n${output.split('\n').slice(-30).join('\n')}`);
      process.exit(1);
    }
    const r: Result = { ...m, pages: htmlPages(s.dist), load: [before, loadavg()[0]!] };
    results.get(s.name)!.push(r);
    console.log(
      `run ${i}, ${s.name}: ${r.pages} pages, wall ${r.wallSeconds.toFixed(1)} s, CPU ${r.cpuSeconds.toFixed(1)} s ` +
        `(${r.outlived} process(es) outlived the build), peak memory ${r.peakTreeMb.toFixed(0)} MB, load average ${r.load[0].toFixed(2)} → ${r.load[1].toFixed(2)}`,
    );
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const stats = (rs: Result[], key: 'wallSeconds' | 'cpuSeconds') => {
  const perPage = rs.map((r) => (r[key] / r.pages) * 1000);
  return { median: median(perPage), min: Math.min(...perPage), max: Math.max(...perPage) };
};
const summary = Object.fromEntries(
  [...results].map(([name, rs]) => [
    name,
    { pages: rs[0]!.pages, wallMsPerPage: stats(rs, 'wallSeconds'), cpuMsPerPage: stats(rs, 'cpuSeconds'), peakTreeMb: median(rs.map((r) => r.peakTreeMb)) },
  ]),
);
const [ours, theirs] = [summary[site.name]!, summary[starlight.name]!];
console.log('\n| site | pages | wall ms per page, median (range) | CPU ms per page, median (range) | peak memory (MB, median) |\n|---|---:|---:|---:|---:|');
for (const [name, s] of Object.entries(summary)) {
  const f = (x: { median: number; min: number; max: number }) => `${x.median.toFixed(1)} (${x.min.toFixed(1)}–${x.max.toFixed(1)})`;
  console.log(`| ${name} | ${s.pages} | ${f(s.wallMsPerPage)} | ${f(s.cpuMsPerPage)} | ${s.peakTreeMb.toFixed(0)} |`);
}
const ratio = { wall: ours.wallMsPerPage.median / theirs.wallMsPerPage.median, cpu: ours.cpuMsPerPage.median / theirs.cpuMsPerPage.median };
console.log(`\nRatio per page, this site to Starlight (median): wall ${ratio.wall.toFixed(2)}, CPU ${ratio.cpu.toFixed(2)} (below 1.0: this site is faster).`);
console.log(
  `Load average now: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')} (1, 5, 15 minutes).`,
);
const out = join(root, 'tests/.output/bench-vs-starlight.json');
writeFileSync(
  out,
  `${JSON.stringify({ pages, runs, seed, starlight: version, sidebar, summary, ratio, runsByBuild: Object.fromEntries(results) }, null, 2)}\n`,
);
console.log(`Numbers in ${relative(root, out)}.`);
if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
