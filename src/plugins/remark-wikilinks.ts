/**
 * remark-wikilinks: turns `[[id]]`, `[[alias]]` and `[[id|shown text]]` in prose into
 * links to the page that id or alias belongs to.
 *
 * Input:   Russia calls it the [[Geran-2]]; see [[nasams|the air defence system]].
 * Output:  <p>Russia calls it the <a href="/weapons/shahed-136/" class="wikilink">Geran-2</a>;
 *          see <a href="/weapons/nasams/" class="wikilink">the air defence system</a>.</p>
 *
 * Each link, in order, is stored in the page's `remarkPluginFrontmatter.wikilinks` as
 * `{ id, sentence }`: the page it leads to and the sentence it stands in, so backlinks
 * can say why they are there. An unknown target fails the build with the file, the line and the
 * closest known ids. Code, existing links and link references are left alone.
 */
import type { Link, Nodes, PhrasingContent, Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { lineOf } from './locate.ts';
import { fail, setPageData } from './report.ts';
import type { ProseLink } from '../lib/relations.ts';
import { closest, didYouMean } from '../lib/suggest.ts';
import { resolveTarget, sentenceAt, targetUrl, WIKILINK, type NameIndex } from '../lib/wikilinks.ts';

/** Options: where the names of every page come from. */
export interface WikilinkOptions {
  /** Returns the index of every page's names; called once per file. */
  names: () => NameIndex;
}

/** The plain text of a block, and where a node inside it starts in that text. */
function textUpTo(block: Nodes, target: Nodes): { text: string; offset: number } {
  let offset = -1;
  let text = '';
  const walk = (node: Nodes) => {
    if (node === target) offset = text.length;
    if ('value' in node && typeof node.value === 'string') text += node.value;
    else if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(block);
  return { text, offset: Math.max(offset, 0) };
}

/** The blocks whose text gives a link its sentence. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'listItem', 'footnoteDefinition']);

export default function remarkWikilinks({ names }: WikilinkOptions) {
  return (tree: Root, file: VFile) => {
    const index = names();
    const made = new Map<Link, string>();
    findAndReplace(
      tree,
      [
        // A copy for each file: a search stopped half-way leaves a pattern's lastIndex behind,
        // and matchAll elsewhere would start from it (src/lib/citations.ts).
        new RegExp(WIKILINK),
        (whole: string, rawTarget: string, rawText: string | undefined, match: { stack: Node[] }) => {
          const target = rawTarget.trim();
          const page = resolveTarget(index, target);
          if (!page) {
            const ids = [...new Set([...index.values()].map((p) => p.id))];
            // No id is close: an alias or title may be ("Pentagone" → "pentagon").
            const names = closest(target, ids).length ? ids : [...index.keys()];
            fail(
              file,
              {
                line: lineOf(file, match.stack, whole),
                problem: `unknown wikilink target "${target}" in ${whole}.`,
                fix: didYouMean(target, names, "Link to the id, title or alias of an existing page, or add the alias to that page's frontmatter."),
                rule: 'unknown-wikilink',
              },
              'remark-wikilinks',
            );
            return false; // (when problems are collected) the text stays as written
          }
          // A link by id shows the page's title; a link by alias keeps the author's wording.
          const text = rawText?.trim() || (target === page.id ? page.title : target);
          const link: Link = {
            type: 'link',
            url: targetUrl(page),
            children: [{ type: 'text', value: text }],
            data: { hProperties: { className: ['wikilink'] } },
          };
          made.set(link, page.id);
          return link as PhrasingContent;
        },
      ],
      { ignore: ['link', 'linkReference', 'inlineCode', 'code'] },
    );
    const links: ProseLink[] = [];
    visitParents(tree, 'link', (node, ancestors) => {
      const id = made.get(node);
      if (!id) return;
      const block = [...ancestors].reverse().find((a) => BLOCKS.has(a.type)) ?? node;
      const { text, offset } = textUpTo(block as Nodes, node);
      links.push({ id, sentence: sentenceAt(text, offset) });
    });
    setPageData(file, 'wikilinks', links);
  };
}
