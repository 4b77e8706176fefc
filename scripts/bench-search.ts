/**
 * `npm run bench:search`: measures search as a reader feels it, in Chromium against the
 * built site: time from the first keystroke on /search/ to the first result on screen,
 * cold (first search, index not yet loaded) and warm, over a set of queries. Prints a
 * table; the numbers are recorded in docs/benchmarks.md. Build first (`npm run build`).
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
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
      await page.type('#search-q', q, { delay: 0 });
      await page.locator('#search-results > li').first().waitFor();
      rows.push([q, kind, Date.now() - start]);
    }
    await page.close();
  }
  await browser.close();
  console.log('| query | first or repeat search | keystroke to first result (ms) |\n|---|---|---|');
  for (const [q, kind, ms] of rows) console.log(`| ${q} | ${kind} | ${ms} |`);
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`\nmedian cold: ${median(rows.filter((r) => r[1] === 'cold').map((r) => r[2]))} ms, median warm: ${median(rows.filter((r) => r[1] === 'warm').map((r) => r[2]))} ms (includes the 120 ms input debounce)`);
} finally {
  server.kill();
}
