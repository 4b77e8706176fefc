/**
 * A worker thread that runs the content check for `npm run build` (scripts/build.ts) on a
 * large content folder: it answers once, with `checkForBuild()`'s answer, and ends, and the
 * files, trees and entries the check read (about 1 GB at 5,000 pages) go with its thread
 * instead of staying in the build's process while Astro builds beside it. Run by Node from
 * this file, so it imports TypeScript directly.
 */
import { parentPort } from 'node:worker_threads';
import { checkForBuild } from './check-content.ts';

parentPort!.postMessage(checkForBuild());
