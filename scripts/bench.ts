/**
 * `npm run bench [-- 1000 5000] [--sizes=1000,5000] [--keep] [--seed=1]`: the scale benchmark.
 * For each size N (default 1,000 and 5,000 entity pages) it writes a synthetic content set
 * (scripts/bench/synthetic/) to tests/.output/bench-<N>/content, builds it with the real build
 * command (`node scripts/build.ts`: content check, `astro build`, Pagefind) into
 * tests/.output/bench-<N>/dist, and measures:
 *
 * - build time: wall clock from starting `node scripts/build.ts` to its exit, with the
 *   phases read from the time each line of Astro's output arrived, and the CPU time (user +
 *   system, all processes, from `/usr/bin/time`), which other load on the machine disturbs less;
 * - pages built: index.html files in the output, and pages per second;
 * - peak memory: the largest resident set of any one process (`/usr/bin/time -v`, when
 *   present) and the largest sum over the whole process tree (polled from /proc every
 *   200 ms, so a shorter peak can be missed);
 * - index size: bytes of every file under dist/pagefind/;
 * - first-search bytes: what a first one-word search transfers, counted from the files (no
 *   browser), compressed as a static host serves them (scripts/bench/measure.ts's
 *   firstSearch): Pagefind's script, WebAssembly, metadata, one index chunk and three
 *   fragments, and the names layer's shard list and largest shard. At 5,000 pages or more it
 *   must stay within {@link FIRST_SEARCH_BUDGET}, or the benchmark exits 1. The whole names
 *   layer (/search-names/) is reported apart.
 *
 * What it measured is written to tests/.output/bench.json and compared with the stored
 * baseline (scripts/bench/baseline.ts, baseline.json): a number worse than its baseline by
 * more than its tolerance makes the benchmark exit 1; `--update-baseline` stores the new
 * numbers instead. The output is removed afterwards unless --keep is given. `--astro-config=<file>` builds
 * with another Astro config, to measure a candidate change without editing the real one.
 * A failed build stops the benchmark with the tail of its output and a non-zero exit.
 * Other load on the machine slows the build: the load average before and after each run
 * is printed with it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { syntheticContent, syntheticMix } from './bench/synthetic/index.ts';
import { checkBuilds, type BuildRecord } from './bench/baseline.ts';
import { bytesOf, filesUnder, firstSearch, treeRss } from './bench/measure.ts';
import { buildEnv } from './lib/build-env.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const updateBaseline = args.includes('--update-baseline');
const seed = args.find((a) => a.startsWith('--seed='))?.slice('--seed='.length) ?? '1';
// For experiments: build with another Astro config (e.g. a copy with a candidate change).
const astroConfig = args.find((a) => a.startsWith('--astro-config='))?.slice('--astro-config='.length);
const sizes = [...args.filter((a) => /^\d+$/.test(a)), ...args.filter((a) => a.startsWith('--sizes=')).flatMap((a) => a.slice('--sizes='.length).split(','))]
  .map(Number)
  .filter((n) => n > 0);
if (!sizes.length) sizes.push(1000, 5000);
const unknown = args.filter((a) => !/^\d+$/.test(a) && !/^--(keep|update-baseline|sizes=.*|seed=.*|astro-config=.*)$/.test(a));
if (unknown.length) {
  console.error(
    `Unknown argument ${unknown.join(' ')}. Usage: npm run bench [-- 1000 5000] [--sizes=1000,5000] [--keep] [--update-baseline] [--seed=1] [--astro-config=file]`,
  );
  process.exit(2);
}

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);

// --- helpers --------------------------------------------------------------------------

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(0);
const secs = (ms: number) => (ms / 1000).toFixed(1);

/** Phase markers in Astro's output, in the order they appear. */
const MARKERS: Array<[string, RegExp]> = [
  ['astro started', /\[content\] Syncing content/],
  ['content synced', /Building static entrypoints/],
  ['pages start', /generating static routes/],
  ['pages done', /^\S*\s*✓ Completed in/],
  ['index done', /Pagefind indexed/],
];

interface Run {
  n: number;
  status: number | null;
  wallMs: number;
  marks: Record<string, number>;
  pages: number;
  peakProcessMb: number;
  peakTreeMb: number;
  /** User + system CPU seconds of the whole build (from /usr/bin/time), less sensitive than wall time to other load. */
  cpuSeconds?: number;
  indexBytes: number;
  search: ReturnType<typeof firstSearch>;
  namesBytes: number;
  distBytes: number;
  load: [number, number];
}

/** Builds `<work>/content` into `<work>/dist`, measuring as it goes. */
function build(work: string): Promise<Omit<Run, 'n' | 'pages' | 'indexBytes' | 'search' | 'namesBytes' | 'distBytes' | 'load'> & { output: string }> {
  const timeFile = join(work, 'time.txt');
  const buildCommand = [process.execPath, 'scripts/build.ts', ...(astroConfig ? ['--config', astroConfig] : [])];
  const command = hasTime ? [TIME, '-v', '-o', timeFile, ...buildCommand] : buildCommand;
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd: root,
    env: buildEnv(work, root),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const marks: Record<string, number> = {};
  let pending = '';
  const onData = (chunk: Buffer) => {
    const at = performance.now() - started;
    pending += chunk.toString('utf8');
    const parts = pending.split('\n');
    pending = parts.pop()!;
    for (const raw of parts) {
      const line = stripVTControlCharacters(raw);
      lines.push(line);
      for (const [name, re] of MARKERS) if (!(name in marks) && re.test(line) && (name !== 'pages done' || 'pages start' in marks)) marks[name] = at;
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let peakTree = 0;
  let peakOne = 0;
  const poll = setInterval(() => {
    if (!child.pid) return;
    const { sum, max } = treeRss(child.pid);
    peakTree = Math.max(peakTree, sum);
    peakOne = Math.max(peakOne, max);
  }, 200);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(poll);
      const wallMs = performance.now() - started;
      if (pending) lines.push(pending);
      let peakProcessKb = peakOne;
      let cpuSeconds: number | undefined;
      if (hasTime && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8');
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
        if (m) peakProcessKb = Math.max(peakProcessKb, Number(m[1]));
        const user = /User time \(seconds\): ([\d.]+)/.exec(report);
        const system = /System time \(seconds\): ([\d.]+)/.exec(report);
        if (user && system) cpuSeconds = Number(user[1]) + Number(system[1]);
      }
      resolve({ status, wallMs, marks, peakProcessMb: peakProcessKb / 1024, peakTreeMb: peakTree / 1024, cpuSeconds, output: lines.join('\n') });
    });
  });
}

// --- the runs --------------------------------------------------------------------------

const version = (pkg: string) => (JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
const cpu = cpus();
if (astroConfig) console.log(`Building with the Astro config ${astroConfig}, not astro.config.mjs.`);
console.log(
  `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${mb(totalmem())} MB RAM; Node ${process.version}, Astro ${version('astro')}, Pagefind ${version('pagefind')}.` +
    `${hasTime ? '' : ' (/usr/bin/time not found: peak memory is polled from /proc only.)'}`,
);

const runs: Run[] = [];
for (const n of sizes) {
  const work = join(root, 'tests/.output', `bench-${n}`);
  rmSync(work, { recursive: true, force: true });
  const files = syntheticContent(n, seed);
  for (const f of files) {
    const path = join(work, 'content', f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
  }
  const mix = syntheticMix(n);
  const count = (dir: string) => files.filter((f) => f.path.startsWith(`${dir}/`)).length;
  console.log(
    `\n[${n}] ${files.length} files in ${relative(root, work)}/content: ${mix.actors} actors, ${mix.weapons} weapons, ${mix.claims} claims, ` +
      `${count('sources')} sources, ${count('events')} events, ${count('glossary')} glossary terms. Building (load average ${loadavg()[0]!.toFixed(2)})…`,
  );
  const loadBefore = loadavg()[0]!;
  const result = await build(work);
  writeFileSync(join(work, 'build.log'), result.output);
  if (result.status !== 0) {
    console.error(`\n[${n}] The build failed (exit ${result.status}) after ${secs(result.wallMs)} s. The end of its output:\n`);
    console.error(result.output.split('\n').slice(-40).join('\n'));
    console.error(`\nThe whole output is in ${relative(root, join(work, 'build.log'))}.`);
    process.exit(1);
  }
  const dist = join(work, 'dist');
  const distFiles = filesUnder(dist);
  const run: Run = {
    n,
    ...result,
    pages: distFiles.filter((f) => f.endsWith('/index.html')).length,
    indexBytes: bytesOf(filesUnder(join(dist, 'pagefind'))),
    search: firstSearch(dist),
    namesBytes: bytesOf(filesUnder(join(dist, 'search-names'))),
    distBytes: bytesOf(distFiles),
    load: [loadBefore, loadavg()[0]!],
  };
  runs.push(run);
  const m = run.marks;
  const phase = (from: number | undefined, to: number | undefined) => (from !== undefined && to !== undefined ? `${secs(to - from)} s` : '?');
  console.log(
    `[${n}] built ${run.pages} pages in ${secs(run.wallMs)} s. Phases: start and content check ${phase(0, m['astro started'])}, ` +
      `content sync ${phase(m['astro started'], m['content synced'])}, bundle (MDX compiled here) ${phase(m['content synced'], m['pages start'])}, ` +
      `graph, audit and rendering ${phase(m['pages start'], m['pages done'])}, after-build hooks incl. Pagefind ${phase(m['pages done'], m['index done'])}, ` +
      `exit ${phase(m['index done'], run.wallMs)}. Load average ${run.load[0].toFixed(2)} before, ${run.load[1].toFixed(2)} after.`,
  );
  console.log(
    `[${n}] first search: ${Object.entries(run.search.parts)
      .map(([k, v]) => `${k} ${kb(v)} KB`)
      .join(' + ')} = ${kb(run.search.total)} KB ` + `(${run.search.chunks} index chunks, ${run.search.fragments} fragments).`,
  );
  if (!keep) rmSync(work, { recursive: true, force: true });
}

console.log(
  '\n| entity pages | pages built | build time (s) | CPU time (s) | pages/s | ms per page | peak RSS, largest process (MB) | peak RSS, process tree (MB) | Pagefind index (MB) | first search (KB) | /search-names/ (KB) | dist (MB) | load average before → after |',
);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const r of runs) {
  console.log(
    `| ${r.n.toLocaleString('en')} | ${r.pages.toLocaleString('en')} | ${secs(r.wallMs)} | ${r.cpuSeconds?.toFixed(1) ?? '?'} | ${(r.pages / (r.wallMs / 1000)).toFixed(1)} | ${(r.wallMs / r.pages).toFixed(1)} | ` +
      `${r.peakProcessMb.toFixed(0)} | ${r.peakTreeMb.toFixed(0)} | ${mb(r.indexBytes)} | ${kb(r.search.total)} | ${kb(r.namesBytes)} | ${mb(r.distBytes)} | ${r.load[0].toFixed(1)} → ${r.load[1].toFixed(1)} |`,
  );
}
if (keep) console.log(`\nOutput kept in ${sizes.map((n) => `tests/.output/bench-${n}/`).join(', ')}.`);

// --- against the baseline ----------------------------------------------------------------

/** The numbers of a run that the baseline keeps. */
const recordOf = (r: Run): BuildRecord => ({
  pages: r.pages,
  cpuSeconds: r.cpuSeconds === undefined ? undefined : Number(r.cpuSeconds.toFixed(1)),
  peakProcessMb: Math.round(r.peakProcessMb),
  indexBytes: r.indexBytes,
  firstSearchBytes: Math.round(r.search.total),
  namesBytes: r.namesBytes,
});
const records = Object.fromEntries(runs.map((r) => [String(r.n), recordOf(r)]));
const wallSeconds = Object.fromEntries(runs.map((r) => [String(r.n), Number(secs(r.wallMs))]));
writeFileSync(join(root, 'tests/.output/bench.json'), `${JSON.stringify({ seed, astroConfig, records, wallSeconds }, null, 2)}\n`);
/** A first search on a site of 5,000 pages transfers at most this much. */
const FIRST_SEARCH_BUDGET = 150 * 1024;
for (const r of runs.filter((r) => r.n >= 5000 && r.search.total > FIRST_SEARCH_BUDGET)) {
  console.error(`[${r.n}] a first search transfers ${kb(r.search.total)} KB, over its budget of ${kb(FIRST_SEARCH_BUDGET)} KB.`);
  process.exitCode = 1;
}
if (!checkBuilds(records, updateBaseline, `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores`)) process.exit(1);
