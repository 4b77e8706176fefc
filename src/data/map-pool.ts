/**
 * Lays out the pages' relationship maps in a worker thread (src/data/map-worker.ts), so that
 * ELK's few milliseconds a map run on the other core while Astro renders other pages
 * (`build.concurrency` in astro.config.mjs). The layout is the same as on the page's own
 * thread (`elkLayout` in src/lib/map.ts); a unit test compares the two.
 *
 *   await entityMap(graph, entry, layoutInWorker)
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ElkNode } from 'elkjs/lib/elk-api.js';

// Started by Node from the source file (the build's bundle has no copy of it).
const WORKER = join(process.cwd(), 'src/data/map-worker.ts');

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve: (laid: ElkNode) => void; reject: (e: Error) => void }>();

/** The worker, started on first use. It keeps the process alive only while a map is being laid out. */
function mapWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(WORKER);
  started.on('message', ({ id, laid, error }: { id: number; laid?: ElkNode; error?: string }) => {
    const answer = waiting.get(id)!;
    waiting.delete(id);
    if (!waiting.size) started.unref();
    if (laid) answer.resolve(laid);
    else answer.reject(new Error(error));
  });
  started.on('error', (e) => {
    for (const answer of waiting.values()) answer.reject(e);
    waiting.clear();
    worker = undefined;
  });
  return (worker = started);
}

/** ELK's layout of the graph, computed in the worker thread. */
export function layoutInWorker(graph: ElkNode): Promise<ElkNode> {
  const id = nextId++;
  const laid = new Promise<ElkNode>((resolve, reject) => waiting.set(id, { resolve, reject }));
  const w = mapWorker();
  w.ref();
  w.postMessage({ id, graph });
  return laid;
}
