/**
 * The prose check: what the remark plugins would refuse while the site builds (unknown
 * wikilinks, unknown citations, undefined acronyms), found in every file in one pass
 * instead of one file per build. It runs the plugins themselves on the tree the safe-MDX
 * check has already parsed, with `file.data.problems` set so that they collect rather than
 * throw (src/plugins/report.ts). It also checks what no plugin sees:
 *
 * - acronyms in frontmatter text (titles, summaries, claims…), which pages show too;
 * - images that point at a file missing from public/.
 *
 *   checkProse('content/weapons/x.mdx', tree, text, indexes)
 *   // → [{ file, line: 12, problem: 'unknown wikilink target "shahed-163" …', rule: 'unknown-wikilink', … }]
 */
import type { Root } from 'mdast';
import { unified, type PluggableList } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { VFile } from 'vfile';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { acronymFix, undefinedAcronyms, type GlossaryIndex } from '../lib/acronyms.ts';
import type { ProseChecker } from '../lib/content-check.ts';
import type { ContentProblem } from '../lib/content-error.ts';
import { formatFieldPath } from '../lib/field-path.ts';
import type { ProseData } from '../lib/graph.ts';
import { proseDataOf } from '../lib/page-data.ts';
import { remarkPlugins, type SiteIndexes } from './index.ts';

/** What the prose check needs to know about the site. */
export interface ProseIndexes extends SiteIndexes {
  /** Whether a file exists under public/ for a site path such as `/images/x.jpg`. */
  publicFile: (path: string) => boolean;
  /** Source ids the site's own pages cite, outside the collections. */
  citedElsewhere: () => ReadonlySet<string>;
}

/** Frontmatter fields whose values are names or codes, not prose: their capitals are not acronyms. */
const NOT_PROSE = new Set(['aliases', 'url', 'archive', 'language', 'isbn']);

/**
 * The content check's prose pass (src/lib/content-check.ts takes it as an argument, so
 * src/lib never imports the plugins): each MDX file's prose, and its frontmatter text.
 */
export function proseChecker(indexes: ProseIndexes): ProseChecker {
  return {
    prose: (path, tree, text) => checkProse(path, tree, text, indexes),
    frontmatter: (path, yaml, firstLine) => checkFrontmatterAcronyms(path, yaml, firstLine, indexes.glossary()),
    get citedElsewhere() {
      return indexes.citedElsewhere();
    },
  };
}

/**
 * Checks the prose of one MDX file, already parsed by the safe-MDX check (`text` is what
 * was parsed): its problems, and what the plugins recorded of it for the knowledge graph.
 */
export function checkProse(path: string, tree: Root, text: string, indexes: ProseIndexes): { problems: ContentProblem[]; data: ProseData } {
  const file = new VFile({ path, value: text });
  file.data.problems = [];
  // The same plugins, in the same order, as the build runs (src/plugins/index.ts); the base path is no check.
  const plugins = remarkPlugins(indexes, ['remark-wikilinks', 'remark-citations', 'remark-acronyms']) as PluggableList;
  const images = missingImages(path, tree, indexes.publicFile);
  unified().use(plugins).runSync(tree, file);
  return { problems: [...file.data.problems, ...images], data: proseDataOf(file.data) };
}

/** Images (Markdown or `<Figure src>`) whose file is not under public/. */
function missingImages(path: string, tree: Root, publicFile: (p: string) => boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visitParents(tree, (node) => {
    let src: unknown;
    if (node.type === 'image') src = node.url;
    else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure') {
      src = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value;
    }
    if (typeof src !== 'string' || !src.startsWith('/') || src.startsWith('//')) return;
    const file = decodeURI(src.split(/[?#]/)[0]!);
    if (publicFile(file)) return;
    problems.push({
      file: path,
      line: node.position?.start.line,
      problem: `the image "${src}" is not a file of the site: there is no public${file}.`,
      fix: `Save the image as public${file} (or correct the path to a file under public/images/).`,
      rule: 'content/missing-image',
    });
  });
  return problems;
}

/**
 * Acronyms in the frontmatter's text that the glossary does not define, each on its
 * field's line. Names (aliases) and codes (URLs, languages) are not prose and are skipped.
 */
export function checkFrontmatterAcronyms(path: string, yaml: string, firstLine: number, glossary: GlossaryIndex): ContentProblem[] {
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) return []; // reported by the content rules
  const problems: ContentProblem[] = [];
  const walk = (node: YamlNode | null | undefined, at: Array<string | number>) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!NOT_PROSE.has(key)) walk(pair.value as YamlNode, [...at, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item as YamlNode, [...at, i]));
    } else if (isScalar(node) && typeof node.value === 'string' && !/^[a-z][a-z\d+.-]*:/i.test(node.value)) {
      for (const token of undefinedAcronyms(glossary, node.value)) {
        problems.push({
          file: path,
          line: lines.linePos(node.range?.[0] ?? 0).line + firstLine - 1,
          field: formatFieldPath(at),
          problem: `"${token}" looks like an acronym but the glossary does not define it; the page shows this text to readers.`,
          fix: acronymFix(token),
          rule: 'undefined-acronym',
        });
      }
    }
  };
  walk(doc.contents as YamlNode, []);
  return problems;
}
