/**
 * Errors in content written by contributors. Every one names the file, the line where
 * one can be found, the field, what is wrong and how to fix it, so a build failure
 * reads as an instruction rather than a stack trace.
 */
import { locateField } from './field-lines.ts';

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

/** A problem in an entry's file, pointed at the line of its `field` when the file's text can be read. */
export function problemIn(file: string, readText: (file: string) => string | undefined, p: Omit<ContentProblem, 'file' | 'line'>): ContentProblem {
  const text = readText(file);
  return { file, line: text ? locateField(text, p.field) : undefined, ...p };
}

/** Before src/lib/frontmatter.ts (scripts/new.ts and two tests still import it from here). */

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
