/**
 * `npm run dev` on content with mistakes: the page with a mistake answers with the
 * mistake, its file and line, while every other page keeps working; a frontmatter mistake
 * made while the server runs shows on its page too (Astro alone would keep the old page);
 * and a fixed page comes back without a restart. The server runs on a free port of its
 * own, on 127.0.0.1, with a copy of the fixture content, and is stopped after.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assembleCase, workEnv } from './harness.ts';

let server: ChildProcess | undefined;
let work = '';
let origin = '';
let log = '';

/** This process's environment without what Vitest adds (NODE_ENV=test, VITEST…), which would make `astro dev` a test run. */
const devEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));

/** A port nothing listens on now. */
const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

const page = async (path: string) => {
  const r = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' } });
  return { status: r.status, html: await r.text() };
};

/** Asks for a page until `ok` holds (the server reacts to a file change within a moment). */
async function until(path: string, ok: (p: { status: number; html: string }) => boolean) {
  let last = await page(path);
  for (let i = 0; i < 60 && !ok(last); i++) {
    await new Promise((r) => setTimeout(r, 500));
    last = await page(path);
  }
  return last;
}

beforeAll(async () => {
  work = assembleCase('unknown-wikilink', 'broken', 'dev-');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...devEnv(), ...workEnv(work), ASTRO_TELEMETRY_DISABLED: '1' },
    detached: true,
  });
  server.stdout!.on('data', (d) => (log += d));
  server.stderr!.on('data', (d) => (log += d));
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(origin).then(
        () => true,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`astro dev did not start:\n${log}`);
}, 150_000);

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

it('a wikilink typo breaks only its own page, which shows the file, line and fix', async () => {
  const content = workEnv(work).EXPLAINER_CONTENT;
  expect((await page('/')).status, log).toBe(200);
  expect((await page('/actors/patrick-ryder/')).status, log).toBe(200);
  const broken = await page('/weapons/nasams/');
  expect(broken.status).toBe(500);
  expect(broken.html).toContain(`<code>${content}/weapons/nasams.mdx:15</code>: unknown wikilink target &quot;us-department-of-defence&quot;`);
  expect(broken.html).toContain('Fix: Did you mean &quot;us-department-of-defense&quot;?');
}, 120_000);

it('a bad frontmatter date made while the server runs shows on its page; fixing the wikilink brings its page back', async () => {
  const content = workEnv(work).EXPLAINER_CONTENT;
  const claim = join(work, 'content/claims/iran-ballistic-missiles-to-russia.mdx');
  writeFileSync(claim, readFileSync(claim, 'utf8').replace('checked: 2026-11-24', 'checked: 24/11/2026'));
  const bad = await until('/claims/iran-ballistic-missiles-to-russia/', (p) => p.status === 500);
  expect(bad.status, log).toBe(500);
  expect(bad.html).toContain(`<code>${content}/claims/iran-ballistic-missiles-to-russia.mdx:15 (field &quot;checked&quot;)</code>`);
  expect((await page('/actors/patrick-ryder/')).status).toBe(200);

  const nasams = join(work, 'content/weapons/nasams.mdx');
  writeFileSync(nasams, readFileSync(nasams, 'utf8').replace('[[us-department-of-defence]]', '[[us-department-of-defense]]'));
  const fixed = await until('/weapons/nasams/', (p) => p.status === 200);
  expect(fixed.status, log).toBe(200);
  expect(fixed.html).toContain('href="/actors/us-department-of-defense/"');
}, 120_000);
