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
import { cardPng } from './card-images.ts';

// Started by Node from the source file (the build's bundle has no copy of it).
const WORKER = join(process.cwd(), 'src/data/card-worker.ts');

const drawing = new Map<string, Promise<Buffer>>();
const keyOf = (card: Card) => JSON.stringify(card);

/** Starts drawing the cards not yet started, in `threads` workers (one core is left to the build). */
export function drawCards(cards: readonly Card[], { cacheDir = settings().cacheDir, threads = Math.max(1, availableParallelism() - 1) } = {}): void {
  const todo = cards.filter((c) => !drawing.has(keyOf(c)));
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
    drawing.set(keyOf(card), new Promise<Buffer>((resolve, reject) => waiting.set(id, { resolve, reject })));
    workers[w]!.postMessage({ id, card });
  });
}

/** A card's PNG: the one a worker is drawing, or drawn here if none was asked for (the dev server). */
export function cardImage(card: Card): Promise<Buffer> {
  return drawing.get(keyOf(card)) ?? cardPng(card);
}
