/**
 * `npm run bench:search`: measures search as a reader feels it, in Chromium against the
 * built site: time from the first keystroke on /search/ to the first result on screen,
 * cold (first search, index not yet loaded) and warm, over a set of queries. Prints a
 * table, writes the medians to tests/.output/bench-search.json and compares them with the
 * stored baseline (scripts/bench/baseline.ts): more than twice as slow exits 1, and
 * `--update-baseline` stores the new medians instead. Build first (`npm run build`).
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readBaseline, regressions, writeBaseline, type SearchRecord } from './bench/baseline.ts';
import { chromiumPath } from './lib/browser.ts';

const port = 4391;
const queries = ['Geran-2', 'Kiev', 'NASAMS', 'Army Tactical Missile System', 'kamikaze', 'ballistic'];
const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
try {
  for (let i = 0; i < 50; i++) {
    if (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-background-networking'] });
  const rows: Array<[string, string, number]> = [];
  for (const q of queries) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/search/`);
    for (const kind of ['cold', 'warm']) {
      await page.fill('#search-q', '');
      await page.evaluate(() => document.getElementById('search-results')!.replaceChildren());
      const start = Date.now();
      await page.locator('#search-q').pressSequentially(q, { delay: 0 });
      await page.locator('#search-results > li').first().waitFor();
      rows.push([q, kind, Date.now() - start]);
    }
    await page.close();
  }
  await browser.close();
  console.log('| query | first or repeat search | keystroke to first result (ms) |\n|---|---|---|');
  for (const [q, kind, ms] of rows) console.log(`| ${q} | ${kind} | ${ms} |`);
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const record: SearchRecord = { medianColdMs: median(rows.filter((r) => r[1] === 'cold').map((r) => r[2])), medianWarmMs: median(rows.filter((r) => r[1] === 'warm').map((r) => r[2])) };
  console.log(`\nmedian cold: ${record.medianColdMs} ms, median warm: ${record.medianWarmMs} ms (includes the 120 ms input debounce)`);
  mkdirSync('tests/.output', { recursive: true });
  writeFileSync('tests/.output/bench-search.json', `${JSON.stringify(record, null, 2)}\n`);
  const baseline = readBaseline();
  if (process.argv.includes('--update-baseline')) {
    writeBaseline({ ...baseline, search: record });
    console.log('Baseline updated (scripts/bench/baseline.json).');
  } else {
    const worse = regressions('search', record, baseline.search);
    if (worse.length) {
      console.error(`Worse than the baseline:\n${worse.map((w) => `  ${w}`).join('\n')}\nIf the change is deliberate, run again with --update-baseline.`);
      process.exitCode = 1;
    } else console.log('Within the baseline (scripts/bench/baseline.json).');
  }
} finally {
  server.kill();
}
