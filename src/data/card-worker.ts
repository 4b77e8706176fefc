/**
 * A worker thread that draws sharing cards (src/data/card-pool.ts sends them): each
 * message is `{ card }`, each answer `{ png }` or `{ error }`, one card at a time. Run by
 * Node itself from this file, not from the build's bundle, so it imports TypeScript directly.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Card } from '../lib/og-card.ts';
import { cardPng } from './card-images.ts';

const { cacheDir } = workerData as { cacheDir: string };

parentPort!.on('message', async ({ card }: { card: Card }) => {
  try {
    const png = await cardPng(card, cacheDir);
    // Copied, not transferred: the PNG may share its memory with other buffers.
    parentPort!.postMessage({ png });
  } catch (e) {
    parentPort!.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
