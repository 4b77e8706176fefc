/**
 * Reading a content file's YAML: a .yaml file is all YAML; an .mdx file's YAML is its
 * frontmatter, found the way Astro finds it (`extractFrontmatter`), with the line it
 * starts on so problems point at the right line of the file. Drafts are decided here too.
 */
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'yaml';

/**
 * The frontmatter of an MDX file: its YAML and the file line that YAML starts on (the
 * line after the opening `---`), or undefined when there is none.
 *
 *   splitFrontmatter('---\na: 1\n---\nbody') // { yaml: 'a: 1\n', firstLine: 2 }
 */
export function splitFrontmatter(text: string): { yaml: string; firstLine: number } | undefined {
  const raw = extractFrontmatter(text);
  if (raw === undefined) return undefined;
  const opening = text.slice(0, text.indexOf(`---${raw}---`)).split('\n').length;
  return { yaml: raw.replace(/^[ \t]*\r?\n/, ''), firstLine: opening + 1 };
}

/**
 * An MDX file's body: the lines after its frontmatter's closing `---` (what Astro hands a
 * page as its `body`), given what splitFrontmatter found.
 *
 *   frontmatterBody('---\na: 1\n---\nbody', { yaml: 'a: 1\n', firstLine: 2 }) // 'body'
 */
export function frontmatterBody(text: string, { yaml, firstLine }: { yaml: string; firstLine: number }): string {
  return (
    text
      .split('\n')
      // yaml ends with its last line's newline, so it has one "line" more than it spans; the closing --- follows.
      .slice(firstLine - 1 + yaml.split('\n').length)
      .join('\n')
  );
}

/** The YAML of a content file and the file line it starts on: an MDX file's frontmatter, or the whole text. */
export function yamlOf(text: string): { yaml: string; firstLine: number } | undefined {
  return text.startsWith('---') ? splitFrontmatter(text) : { yaml: text, firstLine: 1 };
}

/** True when an entry's data says `draft: true`: such an entry is checked but not published. */
export function isDraft(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { draft?: unknown }).draft === true;
}

/** True when a file's YAML (or frontmatter) says `draft: true`; YAML that does not parse is no draft. */
export function isDraftText(text: string): boolean {
  try {
    return isDraft(parse(yamlOf(text)?.yaml ?? ''));
  } catch {
    return false;
  }
}
