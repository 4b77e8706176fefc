/**
 * How the remark plugins hand their results on. A problem fails the build in the same
 * format as every other content problem (src/lib/content-error.ts) and is recorded for
 * `npm run check` (src/data/problem-log.ts); data for the page is written to typed vfile
 * data and to the frontmatter Astro hands the page.
 *
 *   fail(file, { line: 3, problem: 'unknown source "x".', fix: 'Use …', rule: 'unknown-source' })
 *   // throws "content/a.mdx:3: unknown source "x". [unknown-source]\n    Fix: Use …"
 */
import type { VFile } from 'vfile';
import { formatProblem, type ContentProblem } from '../lib/content-error.ts';
import type { PageData } from '../lib/page-data.ts';
import { recordProblems } from '../data/problem-log.ts';
import { filePath } from './locate.ts';

declare module 'vfile' {
  // Module augmentation: vfile's DataMap gains the page data's keys, so an empty body is the point.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface DataMap extends PageData {}
}

/** Fails the build on one problem in the file being compiled; the plugin that calls it is named as the source. */
export function fail(file: VFile, p: Omit<ContentProblem, 'file'>, source: string): never {
  const problem: ContentProblem = { file: filePath(file), ...p };
  recordProblems([problem]);
  return file.fail(formatProblem(problem), { place: p.line ? { line: p.line, column: 1 } : undefined, ruleId: p.rule, source });
}

/** Records data about the page being compiled, for the page (as remarkPluginFrontmatter) and for later plugins. */
export function setPageData<K extends keyof PageData>(file: VFile, key: K, value: PageData[K]): void {
  const data: Partial<PageData> = file.data;
  data[key] = value;
  const astro = (file.data.astro ??= {});
  (astro.frontmatter ??= {})[key] = value;
}
