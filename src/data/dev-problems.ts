/**
 * The content problems the dev server knows of, by file, for the page that shows them.
 * `astro dev` runs the content check when it starts and after every change under content/
 * (src/integrations/content-check.ts); the middleware (src/middleware.ts) turns a page's
 * problems into an error on that page alone, with file and line, in the browser overlay.
 * While the dev server runs, the remark plugins leave problems to this board rather than
 * failing the compile: one failing MDX file would otherwise take every page down, since
 * every page renders every entry for the knowledge graph.
 *
 * The board lives on globalThis: the integration and the pages are loaded as different
 * module instances (Astro's config and Vite's SSR), in one process.
 */
import { relative, resolve, sep } from 'node:path';
import type { ContentProblem } from '../lib/content-error.ts';
import { collectionUrl, href } from '../lib/urls.ts';
import { pageUrlOf } from './content-index.ts';

interface Board {
  /** True while `astro dev` runs: the plugins report here instead of throwing. */
  dev: boolean;
  problems: ContentProblem[];
}

const KEY = Symbol.for('explainer.dev-problems');
const board = ((globalThis as Record<symbol, Board>)[KEY] ??= { dev: false, problems: [] });

/** Marks the process as the dev server. */
export function startDevBoard(): void {
  board.dev = true;
}

/** Whether problems go to the board (the dev server) rather than fail the build. */
export function onDevServer(): boolean {
  return board.dev;
}

/** Replaces the board with the problems of the latest check. */
export function setDevProblems(problems: readonly ContentProblem[]): void {
  board.problems = [...problems];
}

/** The page that shows a file's problems: its own page, its collection's page for sources, events and terms, else the home page. */
export function pageOfFile(file: string, root: string): string {
  const page = pageUrlOf(file, root);
  if (page) return page;
  const collection = relative(resolve(root), resolve(file)).split(sep)[0];
  if (collection === 'sources' || collection === 'glossary' || collection === 'events') return collectionUrl(collection);
  return href('/');
}

/** The problems to show on a page, by its URL path. */
export function devProblemsFor(path: string, root: string): ContentProblem[] {
  const wanted = path.endsWith('/') ? path : `${path}/`;
  return board.problems.filter((p) => pageOfFile(p.file, root) === wanted);
}
