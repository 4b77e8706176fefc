/**
 * How the remark plugins hand their results on. A problem fails the build in the same
 * format as every other content problem (src/lib/content-error.ts) and is recorded for
 * `npm run check` (src/data/problem-log.ts); data for the page is written to typed vfile
 * data and to the frontmatter Astro hands the page.
 *
 *   fail(file, { line: 3, problem: 'unknown source "x".', fix: 'Use …', rule: 'unknown-source' })
 *   // throws "content/a.mdx:3: unknown source "x". [unknown-source]\n    Fix: Use …",
 *   // or, when file.data.problems is a list, adds the problem to it and returns
 */
import type { VFile } from 'vfile';
import { formatProblem, type ContentProblem } from '../lib/content-error.ts';
import type { PageData } from '../lib/page-data.ts';
import { onDevServer } from '../data/dev-problems.ts';
import { recordProblems } from '../data/problem-log.ts';
import { filePath } from './locate.ts';

declare module 'vfile' {
  interface DataMap extends PageData {
    /**
     * Set to a list by a caller that wants every problem of the file rather than the first
     * (the content check's prose pass, src/plugins/prose-check.ts): `fail` adds to it and returns.
     */
    problems?: ContentProblem[];
  }
}

/**
 * Reports one problem in the file being compiled; the plugin that calls it is named as the
 * source. In a build it fails the file; when the caller collects (`file.data.problems`),
 * the problem is added there and the plugin carries on, so one pass finds every problem;
 * on the dev server (src/data/dev-problems.ts) the plugin carries on too.
 */
export function fail(file: VFile, p: Omit<ContentProblem, 'file'>, source: string): void {
  const problem: ContentProblem = { file: filePath(file), ...p };
  if (file.data.problems) {
    file.data.problems.push(problem);
    return;
  }
  // The dev server's content check has the problem already and shows it on this page alone.
  if (onDevServer()) return;
  recordProblems([problem]);
  file.fail(formatProblem(problem), { place: p.line ? { line: p.line, column: 1 } : undefined, ruleId: p.rule, source });
}

/** Records data about the page being compiled, for the page (as remarkPluginFrontmatter) and for later plugins. */
export function setPageData<K extends keyof PageData>(file: VFile, key: K, value: PageData[K]): void {
  const data: Partial<PageData> = file.data;
  data[key] = value;
  const astro = (file.data.astro ??= {});
  (astro.frontmatter ??= {})[key] = value;
}
