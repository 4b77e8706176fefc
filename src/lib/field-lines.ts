/**
 * Where a field is written in its file: the line of a field path (src/lib/field-path.ts)
 * in a YAML file or an MDX file's frontmatter, so a problem points at the line to change.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { parseFieldPath, type FieldKeys } from './field-path.ts';
import { yamlOf } from './frontmatter.ts';

/**
 * The 1-based line of the deepest part of `path` that exists in a YAML document: the key
 * of a field, or the item of a list. A missing field points at its parent.
 */
export function lineOfPath(doc: YamlNode | null | undefined, path: FieldKeys, lines: LineCounter, fallback = 1): number {
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

/**
 * The 1-based line of a field in a YAML file or an MDX file's frontmatter, by reading the
 * YAML (see {@link lineOfPath}); undefined without a field or when the YAML names none of it.
 *
 *   locateField('title: X\nmakers:\n  - raytheon\n', 'makers[0]') === 3
 */
export function locateField(text: string, field: string | undefined): number | undefined {
  const yaml = yamlOf(text);
  if (!field || !yaml) return undefined;
  const lines = new LineCounter();
  const doc = parseDocument(yaml.yaml, { lineCounter: lines, prettyErrors: false });
  const line = lineOfPath(doc.contents, parseFieldPath(field), lines, 0);
  return line ? line + yaml.firstLine - 1 : undefined;
}
