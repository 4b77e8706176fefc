/**
 * GitHub annotations for `npm run check`, so a pull request shows each mistake on the
 * line of the file it is in. Content problems arrive as data (src/lib/content-error.ts:
 * the content rules' own, and those the build recorded in src/data/problem-log.ts);
 * only TypeScript's errors, which `astro check` prints as text, are read from output.
 */
import { stripVTControlCharacters } from 'node:util';
import type { ContentProblem } from '../../src/lib/content-error.ts';

/** One problem to show on a file. */
export interface Annotation {
  file: string;
  line?: number;
  title: string;
  message: string;
}

/** A content problem as an annotation: titled by its rule, the fix after the problem. */
export function annotationOf(p: ContentProblem): Annotation {
  return { file: p.file, line: p.line, title: p.rule ?? 'content', message: `${p.problem} Fix: ${p.fix}` };
}

const TYPESCRIPT = /^([\w./@[\]-]+\.(?:ts|astro|mjs)):(\d+):\d+ - error (ts\(\d+\)): (.+)$/;

/**
 * The TypeScript errors in `astro check`'s output.
 *
 *   typeErrors("src/a.ts:3:7 - error ts(2322): Type 'number' is not assignable to type 'string'.")
 *   // [{ file: 'src/a.ts', line: 3, title: 'ts(2322)', message: "Type 'number' is not assignable to type 'string'." }]
 */
export function typeErrors(output: string): Annotation[] {
  return stripVTControlCharacters(output)
    .split(/\r?\n/)
    .flatMap((line) => {
      const ts = TYPESCRIPT.exec(line);
      return ts ? [{ file: ts[1]!, line: Number(ts[2]), title: ts[3]!, message: ts[4]! }] : [];
    });
}

/** Escapes a value for a GitHub workflow command. */
function escape(value: string, property = false): string {
  const s = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? s.replace(/:/g, '%3A').replace(/,/g, '%2C') : s;
}

/**
 * The GitHub workflow command that shows a problem on its file and line: an error, or a
 * warning for what should be done but does not fail the build (old review dates).
 *
 *   githubAnnotation({ file: 'content/a.mdx', line: 3, title: 'mdx/no-import', message: 'm' })
 *   === '::error file=content/a.mdx,line=3,title=mdx/no-import::m'
 */
export function githubAnnotation(a: Annotation, level: 'error' | 'warning' = 'error'): string {
  const props = [`file=${escape(a.file, true)}`, a.line ? `line=${a.line}` : '', `title=${escape(a.title, true)}`].filter(Boolean);
  return `::${level} ${props.join(',')}::${escape(a.message)}`;
}
