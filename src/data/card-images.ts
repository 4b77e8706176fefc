/**
 * Draws a page's sharing card (src/lib/og-card.ts) as a PNG: satori lays the card out and
 * turns its text into outlines (SVG), resvg draws that. The font, Atkinson Hyperlegible
 * (SIL Open Font License), comes from its npm package, so the build needs no network;
 * it is only drawn into the PNGs, never served to readers. A card costs tens of
 * milliseconds, so each is kept in the build cache (settings().cacheDir) under a hash of
 * what decides its pixels, and a build draws only the cards whose page changed.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori, { type Font } from 'satori';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { CARD_FONT, CARD_SIZE, cardKey, cardLayout, type Card, type CardNode } from '../lib/og-card.ts';
import { indexedPng } from '../lib/png.ts';
import { settings } from '../lib/settings.ts';

// Resolved from the project, not from this module, which runs from a bundle in the build output.
const require = createRequire(join(process.cwd(), 'package.json'));
const FONT_PACKAGE = '@fontsource/atkinson-hyperlegible';

let fonts: Font[] | undefined;
let resvgReady: Promise<void> | undefined;

/**
 * resvg compiled to WebAssembly, started once a thread. Its native build (resvg-js) never
 * freed an image's memory (about 7 MB a card, thx/resvg-js#216): the memory it faulted in
 * cost as much system time as the drawing, and a build's memory grew with its cards. In
 * WebAssembly each image is freed when drawn, at about the same speed.
 */
const resvg = () => (resvgReady ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))));

/** The card font's regular and bold faces, Latin and Latin Extended (satori reads WOFF, not WOFF2). */
function cardFonts(): Font[] {
  fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: CARD_FONT,
      weight,
      style: 'normal' as const,
      data: readFileSync(require.resolve(`${FONT_PACKAGE}/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`)),
    })),
  );
  return fonts;
}

/** The versions of what draws a card, part of its cache key (the PNG encoder's is src/lib/png.ts's own). */
const versions = [
  ...['satori', FONT_PACKAGE].map((p) => `${p}@${(require(`${p}/package.json`) as { version: string }).version}`),
  // Its package.json is not in its exports: read beside its WebAssembly.
  `@resvg/resvg-wasm@${(JSON.parse(readFileSync(join(dirname(require.resolve('@resvg/resvg-wasm/index_bg.wasm')), 'package.json'), 'utf8')) as { version: string }).version}`,
  // The encoder's own version: its run-length deflate (indexed-2) writes other bytes than indexed-1.
  'png@indexed-2',
].join(' ');

/** Where a card is kept in the build cache. */
const cacheFile = (layout: CardNode, cacheDir: string) => join(cacheDir, 'og-cards', `${cardKey(layout, versions)}.png`);

/** Whether the card has been drawn before and is in the build cache. */
export function isCached(card: Card, cacheDir: string = settings().cacheDir): boolean {
  return existsSync(cacheFile(cardLayout(card), cacheDir));
}

/** The card drawn as a PNG, from the build cache when it has been drawn before. */
export async function cardPng(card: Card, cacheDir: string = settings().cacheDir): Promise<Buffer> {
  const layout = cardLayout(card);
  const file = cacheFile(layout, cacheDir);
  // `npm run build` draws cards in its own process while Astro's draws those it asks for
  // first (src/data/card-pool.ts): whoever claims a card draws it, the other reads it.
  for (;;) {
    try {
      return readFileSync(file);
    } catch {
      // Not drawn yet.
    }
    if (claim(file)) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  try {
    return await draw(layout, file);
  } finally {
    rmSync(`${file}.claim`, { force: true });
  }
}

/**
 * Claims the card for this thread by creating its `.claim` file, which only one can do;
 * false if another thread or process holds it. A claim a minute old is from a build that
 * was stopped while drawing (a card takes milliseconds), and is taken over.
 */
function claim(file: string): boolean {
  mkdirSync(dirname(file), { recursive: true });
  try {
    closeSync(openSync(`${file}.claim`, 'wx'));
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  try {
    return Date.now() - statSync(`${file}.claim`).mtimeMs > 60_000;
  } catch {
    return false; // just released: the card is there to read
  }
}

/** Draws the card and writes it to the cache. */
async function draw(layout: CardNode, file: string): Promise<Buffer> {
  // satori's types ask for a React element; the layout is the same shape, written as data.
  const svg = await satori(layout as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: cardFonts() });
  // satori has already turned the text into outlines: resvg needs no fonts, and loading the
  // system's for every card took three quarters of its time.
  await resvg();
  const renderer = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  const image = renderer.render();
  // Written with a palette (src/lib/png.ts): the same pixels in half the bytes, in a quarter of the time.
  const png = indexedPng(image.pixels, image.width, image.height) ?? Buffer.from(image.asPng());
  // WebAssembly memory is not collected: freed by hand, for the next card to reuse.
  image.free();
  renderer.free();
  // Written whole, then renamed: a build stopped half-way never leaves a broken card behind.
  const part = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(part, png);
  renameSync(part, file);
  return png;
}
