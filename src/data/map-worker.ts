/**
 * A worker thread that lays out relationship maps with ELK (src/lib/map.ts's `elkLayout`)
 * for src/data/map-pool.ts: each message is `{ id, graph }`, each answer `{ id, laid }` or
 * `{ id, error }`. Run by Node itself from this file, not from the build's bundle, so it
 * imports TypeScript directly.
 */
import { parentPort } from 'node:worker_threads';
import { elkLayout } from '../lib/map.ts';

parentPort!.on('message', ({ id, graph }) => {
  try {
    parentPort!.postMessage({ id, laid: elkLayout(graph) });
  } catch (e) {
    parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
