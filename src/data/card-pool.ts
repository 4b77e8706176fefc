/**
 * Draws the build's sharing cards in worker threads while the build renders the pages on
 * its own thread: the card route's getStaticPaths hands every card over before Astro
 * renders any page, and each card's route then takes its PNG when it is done. A card costs
 * about 25 ms of CPU; on two cores this keeps most of that off the build's wall-clock time.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Card } from '../lib/og-card.ts';
import { settings } from '../lib/settings.ts';
import { cardPng, isCached } from './card-images.ts';

// Started by Node from the source file (the build's bundle has no copy of it).
const WORKER = join(process.cwd(), 'src/data/card-worker.ts');

const drawing = new Map<string, Promise<Buffer>>();
const keyOf = (card: Card) => JSON.stringify(card);

/** Starts drawing the cards neither started nor cached, in `threads` workers (one core is left to the build). */
export function drawCards(cards: readonly Card[], { cacheDir = settings().cacheDir, threads = Math.max(1, availableParallelism() - 1) } = {}): void {
  // A card drawn by an earlier build is read from the cache by its route: no worker is started for it.
  const todo = cards.filter((c) => !drawing.has(keyOf(c)) && !isCached(c, cacheDir));
  const workers = Array.from({ length: Math.min(threads, todo.length) }, () => new Worker(WORKER, { workerData: { cacheDir } }));
  const waiting = new Map<number, { resolve: (png: Buffer) => void; reject: (e: Error) => void }>();
  const left = workers.map(() => 0);
  workers.forEach((worker, w) => {
    worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const p = waiting.get(id)!;
      waiting.delete(id);
      if (png) p.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      else p.reject(new Error(`Drawing a sharing card failed: ${error}`));
      if (--left[w]! === 0) void worker.terminate();
    });
    worker.on('error', (e) => {
      for (const p of waiting.values()) p.reject(e);
      waiting.clear();
    });
  });
  todo.forEach((card, id) => {
    const w = id % workers.length;
    left[w]!++;
    const png = new Promise<Buffer>((resolve, reject) => waiting.set(id, { resolve, reject }));
    // A failure is reported by the card's route, which awaits it, not as an unhandled rejection before.
    png.catch(() => undefined);
    drawing.set(keyOf(card), png);
    workers[w]!.postMessage({ id, card });
  });
}

/** A card's PNG: the one a worker is drawing, else from the cache, else drawn here (the dev server asks for no workers). */
export function cardImage(card: Card, cacheDir: string = settings().cacheDir): Promise<Buffer> {
  return drawing.get(keyOf(card)) ?? cardPng(card, cacheDir);
}
