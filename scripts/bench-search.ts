/**
 * `npm run bench:search`: measures search as a reader feels it, in Chromium against the
 * built site: time from the first keystroke on /search/ to the first result on screen,
 * cold (first search, index not yet loaded), and warm: from the last keystroke of a query
 * whose shorter form is already on screen to the updated results, measured in the page.
 * It also lists, for named queries in every script and spelling, the page Pagefind alone
 * ranks first (its own weighted metadata, no names layer) and the page the site ranks first,
 * to show what the names layer still does. Prints a
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
const queries = ['Geran-2', 'Kiev', 'NASAMS', 'Army Tactical Missile System', 'kamikaze', 'ballistic', 'Герань-2', 'امیرعبداللهیان', 'Shahid-136'];
/** Named queries and the page each should find first (as in tests/e2e/search.spec.ts). */
const named: Array<[string, string]> = [
  ['Kiev', '/actors/government-of-ukraine/'],
  ['Geran-2', '/weapons/shahed-136/'],
  ['Podoliak', '/actors/mykhailo-podolyak/'],
  ['Vladimir Zelensky', '/actors/volodymyr-zelensky/'],
  ['MGM-140', '/weapons/atacms/'],
  ['Pentagon', '/actors/us-department-of-defense/'],
  ['Kremlin', '/actors/government-of-russia/'],
  ['Ryder', '/actors/patrick-ryder/'],
  ['Герань-2', '/weapons/shahed-136/'],
  ['Зеленський', '/actors/volodymyr-zelensky/'],
  ['Песков', '/actors/dmitry-peskov/'],
  ['امیرعبداللهیان', '/actors/hossein-amir-abdollahian/'],
  ['اميرعبداللهيان', '/actors/hossein-amir-abdollahian/'],
  ['شاهد ۱۳۶', '/weapons/shahed-136/'],
  ['Shahid-136', '/weapons/shahed-136/'],
  ['Abdolahian', '/actors/hossein-amir-abdollahian/'],
  ['Nasam', '/weapons/nasams/'],
  ['kamikaze drone', '/weapons/shahed-136/'],
  ['Pentagon spokesman', '/actors/patrick-ryder/'],
  ['Iranian drones', '/claims/iran-drones-to-russia/'],
];
const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
try {
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-background-networking'] });
  const rows: Array<[string, string, number]> = [];
  for (const q of queries) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/search/`);
    const start = Date.now();
    await page.locator('#search-q').pressSequentially(q, { delay: 0 });
    await page.locator('#search-results > li').first().waitFor();
    rows.push([q, 'cold', Date.now() - start]);
    // Warm: the query less its last letter is on screen; time the last keystroke to the new results, in the page.
    await page.fill('#search-q', q.slice(0, -1));
    await page.waitForFunction(
      (typed) => (document.getElementById('search-status')!.textContent ?? '').length > 0 && new URLSearchParams(location.search).get('q') === typed,
      q.slice(0, -1),
    );
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const t: { key?: number; done?: number } = {};
      (window as unknown as { t: typeof t }).t = t;
      document.getElementById('search-q')!.addEventListener('keydown', () => (t.key = performance.now()), { once: true });
      new MutationObserver(() => (t.done ??= performance.now())).observe(document.getElementById('search-status')!, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
    await page.focus('#search-q');
    await page.keyboard.press('End');
    await page.keyboard.type(q.slice(-1));
    const ms = await page.waitForFunction(() => {
      const t = (window as unknown as { t: { key?: number; done?: number } }).t;
      return t.done !== undefined && t.key !== undefined ? t.done - t.key : false;
    });
    rows.push([q, 'warm', Math.round(Number(await ms.jsonValue()))]);
    await page.close();
  }
  // What Pagefind ranks first on its own, and what the site ranks first.
  const ranks: Array<[string, string, string, string]> = [];
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/search/`);
  for (const [q, expected] of named) {
    const alone = await page.evaluate(async (query) => {
      const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      await pf.options({ noWorker: true, ranking: { metaWeights: { title: 5, names: 5 } } });
      const found = await pf.search(query);
      const first = found?.results[0] ? await found.results[0].data() : undefined;
      return first ? new URL(first.url, location.origin).pathname : '(none)';
    }, q);
    const site = await browser.newPage();
    await site.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(q)}`);
    const first = site.locator('#search-results > li .result-title').first();
    await first.waitFor();
    ranks.push([q, expected, alone, new URL((await first.getAttribute('href'))!, 'http://x').pathname]);
    await site.close();
  }
  await page.close();
  await browser.close();
  console.log('| query | first or repeat search | keystroke to first result (ms) |\n|---|---|---|');
  for (const [q, kind, ms] of rows) console.log(`| ${q} | ${kind} | ${ms} |`);
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const record: SearchRecord = {
    medianColdMs: median(rows.filter((r) => r[1] === 'cold').map((r) => r[2])),
    medianWarmMs: median(rows.filter((r) => r[1] === 'warm').map((r) => r[2])),
  };
  console.log(`\nmedian cold: ${record.medianColdMs} ms, median warm: ${record.medianWarmMs} ms (warm includes the 30 ms input debounce)`);
  console.log('\n| query | expected first | Pagefind alone first | site first |\n|---|---|---|---|');
  for (const [q, expected, alone, site] of ranks)
    console.log(`| ${q} | ${expected} | ${alone === expected ? 'yes' : alone} | ${site === expected ? 'yes' : site} |`);
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
