import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

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

/**
 * A problem in an entry's file, pointed at the line of its `field` (or, failing that, of
 * `value`) when the file's text can be read.
 */
export function problemIn(
  file: string,
  readText: (file: string) => string | undefined,
  p: Omit<ContentProblem, 'file' | 'line'>,
  value?: string,
): ContentProblem {
  const text = readText(file);
  return { file, line: text ? locateField(text, p.field, value) : undefined, ...p };
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

/** The frontmatter of an MDX file: its YAML and the line that YAML starts on. */
export function splitFrontmatter(text: string): { yaml: string; firstLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? { yaml: m[1]!, firstLine: 2 } : undefined;
}

/**
 * The 1-based line of the deepest part of `path` that exists in a YAML document: the key
 * of a field, or the item of a list. A missing field points at its parent.
 */
export function lineOfPath(doc: YamlNode | null | undefined, path: ReadonlyArray<PropertyKey>, lines: LineCounter, fallback = 1): number {
  let node: unknown = doc;
  let offset: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      offset = (pair.key as YamlNode).range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
      node = node.items[key];
      offset = (node as YamlNode).range?.[0];
    } else break;
  }
  return offset === undefined ? fallback : lines.linePos(offset).line;
}

/** The keys of a dotted field path: `roles[0].organization` → ['roles', 0, 'organization']. */
function fieldPath(field: string): Array<string | number> {
  return [...field.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[0]));
}

/**
 * Finds the 1-based line of a field in a YAML file or an MDX file's frontmatter, by
 * reading the YAML (see {@link lineOfPath}); without a field, or when the YAML does not
 * name it, the first line where `value` stands as a word (a name in the prose).
 * Returns undefined when neither is found.
 *
 *   locateField('title: X\nmakers:\n  - raytheon\n', 'makers[0]', 'raytheon') === 3
 */
export function locateField(text: string, field: string | undefined, value?: string): number | undefined {
  const yaml = text.startsWith('---') ? splitFrontmatter(text) : { yaml: text, firstLine: 1 };
  if (field && yaml) {
    const lines = new LineCounter();
    const doc = parseDocument(yaml.yaml, { lineCounter: lines, prettyErrors: false });
    const line = lineOfPath(doc.contents, fieldPath(field), lines, 0);
    if (line) return line + yaml.firstLine - 1;
  }
  if (value === undefined) return undefined;
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const valueRe = new RegExp(`(^|[\\s:\\-\\[,'"])${escaped}(['"]?\\s*(,|\\]|#|$))`);
  const found = text.split(/\r?\n/).findIndex((l) => valueRe.test(l));
  return found >= 0 ? found + 1 : undefined;
}
