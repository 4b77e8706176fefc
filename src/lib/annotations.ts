/**
 * Turns the problems that `npm run check` prints into GitHub annotations, so a pull
 * request shows each mistake on the line of the file it is in. Two formats are read:
 * the site's own content problems (src/lib/content-error.ts: `file:line (field "x"):
 * problem [rule]` then `    Fix: …`) and TypeScript's (`file:line:col - error ts(…): …`).
 */

/** One problem found in a command's output. */
export interface Annotation {
  file: string;
  line?: number;
  title: string;
  message: string;
}

// eslint-disable-next-line no-control-regex
const COLOUR = /\x1b\[[0-9;]*m/g;
const CONTENT = /^(?:\s*)([\w./@-]+\.(?:mdx|yaml|md|astro|ts))(?::(\d+))?(?: \(field "[^"]*"\))?: (.+?)(?: \[([\w/-]+)\])?$/;
const FIX = /^\s+Fix: (.+)$/;
const TYPESCRIPT = /^([\w./@[\]-]+\.(?:ts|astro|mjs)):(\d+):\d+ - error (ts\(\d+\)): (.+)$/;

/**
 * Finds the problems in a command's output.
 *
 *   findProblems('content/a.mdx:3: "import" is not allowed [mdx/no-import]\n    Fix: Delete the line.')
 *   // [{ file: 'content/a.mdx', line: 3, title: 'mdx/no-import', message: '"import" is not allowed Fix: Delete the line.' }]
 */
export function findProblems(output: string): Annotation[] {
  const lines = output.replace(COLOUR, '').split(/\r?\n/);
  const found: Annotation[] = [];
  lines.forEach((line, i) => {
    const ts = TYPESCRIPT.exec(line);
    if (ts) {
      found.push({ file: ts[1]!, line: Number(ts[2]), title: ts[3]!, message: ts[4]! });
      return;
    }
    const content = CONTENT.exec(line);
    const fix = FIX.exec(lines[i + 1] ?? '');
    if (content && fix) {
      found.push({
        file: content[1]!,
        line: content[2] ? Number(content[2]) : undefined,
        title: content[4] ?? 'content',
        message: `${content[3]!} Fix: ${fix[1]!}`,
      });
    }
  });
  return found;
}

/** Escapes a value for a GitHub workflow command. */
function escape(value: string, property = false): string {
  const s = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? s.replace(/:/g, '%3A').replace(/,/g, '%2C') : s;
}

/**
 * The GitHub workflow command that shows a problem on its file and line.
 *
 *   githubAnnotation({ file: 'content/a.mdx', line: 3, title: 'mdx/no-import', message: 'm' })
 *   === '::error file=content/a.mdx,line=3,title=mdx/no-import::m'
 */
export function githubAnnotation(a: Annotation): string {
  const props = [`file=${escape(a.file, true)}`, a.line ? `line=${a.line}` : '', `title=${escape(a.title, true)}`].filter(Boolean);
  return `::error ${props.join(',')}::${escape(a.message)}`;
}
