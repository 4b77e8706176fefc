/**
 * Draws a page's sharing card (src/lib/og-card.ts) as a PNG: satori lays the card out and
 * turns its text into outlines (SVG), resvg draws that. The font, Atkinson Hyperlegible
 * (SIL Open Font License), comes from its npm package, so the build needs no network;
 * it is only drawn into the PNGs, never served to readers. A card costs tens of
 * milliseconds, so each is kept in the build cache (settings().cacheDir) under a hash of
 * what decides its pixels, and a build draws only the cards whose page changed.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori, { type Font } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_FONT, CARD_SIZE, cardKey, cardLayout, type Card, type CardNode } from '../lib/og-card.ts';
import { indexedPng } from '../lib/png.ts';
import { settings } from '../lib/settings.ts';

// Resolved from the project, not from this module, which runs from a bundle in the build output.
const require = createRequire(join(process.cwd(), 'package.json'));
const FONT_PACKAGE = '@fontsource/atkinson-hyperlegible';

let fonts: Font[] | undefined;

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
  ...['satori', '@resvg/resvg-js', FONT_PACKAGE].map((p) => `${p}@${(require(`${p}/package.json`) as { version: string }).version}`),
  'png@indexed-1',
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
  try {
    return readFileSync(file);
  } catch {
    // Not drawn yet.
  }
  // satori's types ask for a React element; the layout is the same shape, written as data.
  const svg = await satori(layout as unknown as Parameters<typeof satori>[0], { ...CARD_SIZE, fonts: cardFonts() });
  // satori has already turned the text into outlines: resvg needs no fonts, and loading the
  // system's for every card took three quarters of its time.
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  // Written with a palette (src/lib/png.ts): the same pixels in a quarter of the bytes, in half the time.
  const png = indexedPng(image.pixels, image.width, image.height) ?? image.asPng();
  mkdirSync(join(cacheDir, 'og-cards'), { recursive: true });
  // Written whole, then renamed: a build stopped half-way never leaves a broken card behind.
  writeFileSync(`${file}.tmp`, png);
  renameSync(`${file}.tmp`, file);
  return png;
}
