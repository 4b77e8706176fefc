/**
 * A worker thread that runs the content check (src/data/check-content.ts) for
 * `npm run build` (scripts/build.ts). It answers once, `{ problems, drafts, cards }`, and
 * ends: the files, trees and entries the check read (about 1 GB at 5,000 pages) go with its
 * thread, instead of staying in the build's process while Astro builds beside it. `cards`
 * are the pages' sharing cards, left empty when there are problems, since nothing will be
 * built. Run by Node from this file, so it imports TypeScript directly.
 */
import { parentPort } from 'node:worker_threads';
import { cardsOfEntries, type Card } from '../lib/og-card.ts';
import type { ContentProblem } from '../lib/content-error.ts';
import { checkContentFolder } from './check-content.ts';

/** The worker's one answer. */
export interface CheckAnswer {
  problems: ContentProblem[];
  drafts: string[];
  cards: Card[];
}

const { problems, drafts, entries } = checkContentFolder();
const answer: CheckAnswer = { problems, drafts, cards: problems.length ? [] : [...cardsOfEntries(entries).values()] };
parentPort!.postMessage(answer);
