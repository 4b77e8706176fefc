/**
 * Errors in content written by contributors. Every one names the file, the line where
 * one can be found, the field, what is wrong and how to fix it, so a build failure
 * reads as an instruction rather than a stack trace.
 */

/** One mistake in one content file. */
export interface ContentProblem {
  /** Path of the file from the project root, e.g. `content/weapons/nasams.mdx`. */
  file: string;
  /** 1-based line in the file, when the mistake can be pinned to one. */
  line?: number;
  /** Dotted path of the frontmatter field, e.g. `roles[0].organization`. */
  field?: string;
  /** What is wrong, in one sentence. */
  problem: string;
  /** How to fix it, in one sentence. */
  fix: string;
  /** The rule broken, e.g. `mdx/no-import`, so a contributor can look it up in CONTRIBUTING.md. */
  rule?: string;
}

/** Formats a problem as `file:line (field "x"): problem [rule]` followed by an indented fix. */
export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` (field "${p.field}")` : '';
  const rule = p.rule ? ` [${p.rule}]` : '';
  return `${where}${field}: ${p.problem}${rule}\n    Fix: ${p.fix}`;
}

/** Thrown when content is invalid; its message lists every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Content check failed with ${count}:\n\n${problems.map(formatProblem).join('\n\n')}\n`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/**
 * Finds the 1-based line of a field in a YAML or frontmatter text, preferring the line
 * where the field's key stands together with the given value (for list items such as
 * `  - ryder`), then the key alone. Returns undefined when neither is found.
 *
 *   locateField('title: X\nmakers:\n  - raytheon\n', 'makers[0]', 'raytheon') === 3
 */
export function locateField(text: string, field: string | undefined, value?: string): number | undefined {
  const lines = text.split(/\r?\n/);
  const key = field?.split('.').at(-1)?.replace(/\[\d+\]$/, '');
  if (value !== undefined) {
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const valueRe = new RegExp(`(^|[\\s:\\-\\[,'"])${escaped}(['"]?\\s*(,|\\]|#|$))`);
    const keyed = key ? new RegExp(`^\\s*-?\\s*${key}\\s*:`) : undefined;
    const both = lines.findIndex((l) => valueRe.test(l) && (!keyed || keyed.test(l)));
    if (both >= 0) return both + 1;
    const any = lines.findIndex((l) => valueRe.test(l));
    if (any >= 0) return any + 1;
  }
  if (key) {
    const keyRe = new RegExp(`^\\s*-?\\s*${key}\\s*:`);
    const found = lines.findIndex((l) => keyRe.test(l));
    if (found >= 0) return found + 1;
  }
  return undefined;
}
