/**
 * The content check over a whole content folder, with the prose pass and the graph audit:
 * what `npm run build`, `npm run check`, the Astro integration (build and dev server) and
 * the build tests run, one function so they cannot drift apart.
 *
 *   checkContentFolder('content') // → { problems: [], drafts: [] }
 */
import { checkContentFiles, type ContentCheck } from '../lib/content-check.ts';
import { proseChecker } from '../plugins/prose-check.ts';
import { contentRoot, readProseIndexes } from './content-index.ts';
import { readContentFiles } from './content-files.ts';

/** Checks every file under `root` (the content root by default). */
export function checkContentFolder(root = contentRoot()): ContentCheck {
  return checkContentFiles(readContentFiles(root), root, proseChecker(readProseIndexes(root)));
}
