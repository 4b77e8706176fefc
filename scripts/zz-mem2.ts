import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CARD_FONT, CARD_SIZE, cardLayout, entityCard } from '../src/lib/og-card.ts';
const require = createRequire(join(process.cwd(), 'package.json'));
const fonts = (['latin', 'latin-ext'] as const).flatMap((subset) => ([400, 700] as const).map((weight) => ({ name: CARD_FONT, weight, style: 'normal' as const, data: readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`)) })));
const rss = () => Math.round(process.memoryUsage().rss / 1e6);
const start = rss();
const gc = (globalThis as { gc?: () => void }).gc;
for (let i = 0; i < 150; i++) {
  const svg = await satori(cardLayout(entityCard('weapons', `Synthetic weapon number ${i} with a longish name`)) as any, { ...CARD_SIZE, fonts });
  const img = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  img.pixels;
  if (gc && i % 10 === 0) gc();
}
console.log(process.env.MALLOC_MMAP_THRESHOLD_ ?? '-', gc ? 'gc' : '', 'rss growth over 150 cards', rss() - start, 'MB');
