/**
 * Where a plugin's finding stands in its source file, for error messages. Text nodes
 * made by earlier plugins (smart punctuation) may carry no position, so the line is
 * found from the nearest positioned ancestor and the matched text itself.
 */
import { relative } from 'node:path';
import type { Node } from 'unist';
import type { VFile } from 'vfile';

/** The file's path from the project root, as contributors see it. */
export function filePath(file: VFile): string {
  const rel = relative(process.cwd(), file.path);
  return rel.startsWith('..') ? file.path : rel;
}

/**
 * The 1-based line of `needle` in the file: searched from the start of the innermost
 * positioned node in `stack` (ancestors, innermost last), else from the file's start.
 */
export function lineOf(file: VFile, stack: readonly Node[], needle: string): number | undefined {
  const anchor = [...stack].reverse().find((n) => n.position?.start.offset !== undefined)?.position;
  const text = String(file.value ?? '');
  const at = text.indexOf(needle, anchor?.start.offset ?? 0);
  if (at >= 0) return text.slice(0, at).split('\n').length;
  return anchor?.start.line;
}
