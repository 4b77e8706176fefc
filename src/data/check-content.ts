/**
 * The content check over a whole content folder, with the prose pass and the graph audit:
 * what `npm run build`, `npm run check`, the Astro integration (build and dev server) and
 * the build tests run, one function so they cannot drift apart.
 *
 *   checkContentFolder('content') // → { problems: [], drafts: [], entries: [...] }
 *   checkForBuild()               // → { problems: [], drafts: [], cards: [...] }
 */
import { checkContentFiles, type ContentCheck } from '../lib/content-check.ts';
import type { ContentProblem } from '../lib/content-error.ts';
import { cardsOfEntries, type Card } from '../lib/og-card.ts';
import { proseChecker } from '../plugins/prose-check.ts';
import { contentRoot, readProseIndexes } from './content-index.ts';
import { readContentFiles } from './content-files.ts';

/** Checks every file under `root` (the content root by default). */
export function checkContentFolder(root = contentRoot()): ContentCheck {
  return checkContentFiles(readContentFiles(root), root, proseChecker(readProseIndexes(root)));
}

/** What `npm run build` needs of the check: its problems, the drafts, and the pages' sharing cards. */
export interface BuildCheck {
  problems: ContentProblem[];
  drafts: string[];
  /** Every page's card; none when there are problems, since nothing will be built. */
  cards: Card[];
}

/** The check of the content root for `npm run build` (scripts/build.ts, src/data/check-worker.ts). */
export function checkForBuild(): BuildCheck {
  const { problems, drafts, entries } = checkContentFolder();
  return { problems, drafts, cards: problems.length ? [] : [...cardsOfEntries(entries).values()] };
}
