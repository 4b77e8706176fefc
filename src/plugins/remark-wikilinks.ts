/**
 * remark-wikilinks: turns `[[id]]`, `[[alias]]` and `[[id|shown text]]` in prose into
 * links to the page that id or alias belongs to.
 *
 * Input:   Russia calls it the [[Geran-2]]; see [[nasams|the air defence system]].
 * Output:  <p>Russia calls it the <a href="/weapons/shahed-136/" class="wikilink">Geran-2</a>;
 *          see <a href="/weapons/nasams/" class="wikilink">the air defence system</a>.</p>
 *
 * The ids linked, in order, are stored in the page's `remarkPluginFrontmatter.wikilinks`
 * (for backlinks). An unknown target fails the build with the file, the line and the
 * closest known ids. Code, existing links and link references are left alone.
 */
import type { PhrasingContent, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { filePath, lineOf } from './locate.ts';
import { closest } from '../lib/graph.ts';
import { resolveTarget, targetUrl, WIKILINK, type NameIndex } from '../lib/wikilinks.ts';

/** Options: where the names of every page come from. */
export interface WikilinkOptions {
  /** Returns the index of every page's names; called once per file. */
  names: () => NameIndex;
}

export default function remarkWikilinks({ names }: WikilinkOptions) {
  return (tree: Root, file: VFile) => {
    const index = names();
    const linked: string[] = [];
    findAndReplace(
      tree,
      [
        WIKILINK,
        (whole: string, rawTarget: string, rawText: string | undefined, match: { stack: Node[] }) => {
          const target = rawTarget.trim();
          const page = resolveTarget(index, target);
          if (!page) {
            const line = lineOf(file, match.stack, whole);
            const ids = [...new Set([...index.values()].map((p) => p.id))];
            const near = closest(target, ids, 3);
            file.fail(
              `${filePath(file)}${line ? `:${line}` : ''}: unknown wikilink target "${target}" in ${whole}. ` +
                `Fix: link to the id, title or alias of an existing page` +
                (near.length ? ` (closest ids: ${near.map((n) => `"${n}"`).join(', ')})` : '') +
                ', or add the alias to that page\'s frontmatter.',
              { place: line ? { line, column: 1 } : undefined, ruleId: 'unknown-wikilink', source: 'remark-wikilinks' },
            );
          }
          linked.push(page.id);
          // A link by id shows the page's title; a link by alias keeps the author's wording.
          const text = rawText?.trim() || (target === page.id ? page.title : target);
          return {
            type: 'link',
            url: targetUrl(page),
            children: [{ type: 'text', value: text }],
            data: { hProperties: { className: ['wikilink'] } },
          } as PhrasingContent;
        },
      ],
      { ignore: ['link', 'linkReference', 'inlineCode', 'code'] },
    );
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    (astro.frontmatter ??= {}).wikilinks = [...new Set(linked)];
  };
}
