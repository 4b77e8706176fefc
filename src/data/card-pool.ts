/**
 * Draws the build's sharing cards in worker threads while the build renders the pages on
 * its own thread: the card route's getStaticPaths hands every card over before Astro
 * renders any page, and each card's route then takes its PNG when it is done. A card costs
 * about 10 ms of CPU; on two cores this keeps most of that off the build's wall-clock time,
 * and `npm run build` starts drawing them before Astro renders (scripts/build.ts).
 *
 * The cards wait in a queue in the order the card route asks for them. A worker takes the
 * last one each time it is free; when the route asks for a card no worker has taken, the
 * build's thread draws it itself rather than wait, so once the pages are rendered both
 * cores draw cards, from the two ends of the queue.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Card } from '../lib/og-card.ts';
import { settings } from '../lib/settings.ts';
import { cardPng, isCached } from './card-images.ts';

// Started by Node from the source file (the build's bundle has no copy of it).
const WORKER = join(process.cwd(), 'src/data/card-worker.ts');

/** Cards a worker has taken (or the build's thread drew), by key. */
const drawing = new Map<string, Promise<Buffer>>();
/** Cards handed over and not taken yet: the order, and the keys still waiting. */
const queue: Card[] = [];
const waitingKeys = new Set<string>();
const keyOf = (card: Card) => JSON.stringify(card);

/** Takes the last card still waiting, or undefined when none is. */
function takeLast(): Card | undefined {
  for (let card = queue.pop(); card; card = queue.pop()) {
    if (waitingKeys.delete(keyOf(card))) return card;
  }
  return undefined;
}

/** Starts drawing the cards neither started nor cached, in `threads` workers (one core is left to the build). */
export function drawCards(cards: readonly Card[], { cacheDir = settings().cacheDir, threads = Math.max(1, availableParallelism() - 1) } = {}): void {
  // A card drawn by an earlier build is read from the cache by its route: no worker is started for it.
  const todo = cards.filter((c) => !drawing.has(keyOf(c)) && !waitingKeys.has(keyOf(c)) && !isCached(c, cacheDir));
  for (const card of todo) waitingKeys.add(keyOf(card));
  queue.push(...todo);
  for (let w = 0; w < Math.min(threads, todo.length); w++) startWorker(cacheDir);
}

/**
 * A worker that draws the last waiting card, then the next, until none is left. It is
 * given two at a time: the next is handed over only when the build's thread reads the
 * worker's answer, which waits while that thread renders a page, and the worker must not.
 */
function startWorker(cacheDir: string): void {
  const worker = new Worker(WORKER, { workerData: { cacheDir } });
  // The worker answers in the order it was sent the cards.
  const sent: Array<{ resolve: (png: Buffer) => void; reject: (e: Error) => void }> = [];
  const next = () => {
    const card = takeLast();
    if (!card) {
      if (!sent.length) void worker.terminate();
      return;
    }
    const png = new Promise<Buffer>((resolve, reject) => sent.push({ resolve, reject }));
    // A failure is reported by the card's route, which awaits it, not as an unhandled rejection before.
    png.catch(() => undefined);
    drawing.set(keyOf(card), png);
    worker.postMessage({ card });
  };
  worker.on('message', ({ png, error }: { png?: Uint8Array; error?: string }) => {
    const answered = sent.shift()!;
    if (png) answered.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
    else answered.reject(new Error(`Drawing a sharing card failed: ${error}`));
    next();
  });
  worker.on('error', (e) => sent.splice(0).forEach((p) => p.reject(e)));
  next();
  next();
}

/**
 * A card's PNG: the one a worker is drawing or has drawn; else, if it is still waiting,
 * drawn here and now (as on the dev server, which asks for no workers), or from the cache.
 */
export function cardImage(card: Card, cacheDir: string = settings().cacheDir): Promise<Buffer> {
  const key = keyOf(card);
  const started = drawing.get(key);
  if (started) return started;
  waitingKeys.delete(key);
  const png = cardPng(card, cacheDir);
  drawing.set(key, png);
  return png;
}
