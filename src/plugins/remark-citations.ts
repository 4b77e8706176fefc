/**
 * remark-citations: turns `[@source-id]` in prose into a numbered citation linked to
 * the page's source list, numbering sources in order of first citation.
 *
 * Input:   Ryder confirmed the delivery [@kyiv-independent-2022-11-08].
 * Output:  <p>Ryder confirmed the delivery <sup class="cite"><a href="#source-kyiv-independent-2022-11-08"
 *           id="cite-1-1" aria-label="Source 1">[1]</a></sup>.</p>
 *
 * Each mark's id is `cite-<source number>-<occurrence>`, so the source list can link
 * back to the first place a source is cited. `[@a; @b]` cites two sources at once. The cited ids, in order, are stored in the
 * page's `remarkPluginFrontmatter.citations`, so the page lists exactly those sources,
 * numbered the same way. An unknown id fails the build with the file, the line and the
 * closest known ids. Code, links and link references are left alone.
 */
import type { PhrasingContent, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { lineOf } from './locate.ts';
import { fail, setPageData } from './report.ts';
import { CITATION, citedIds } from '../lib/citations.ts';
import { didYouMean } from '../lib/suggest.ts';

/** Options: where the known source ids come from. */
export interface CitationOptions {
  /** Returns the ids of every source; called once per file. */
  sourceIds: () => Set<string>;
}

export default function remarkCitations({ sourceIds }: CitationOptions) {
  return (tree: Root, file: VFile) => {
    const known = sourceIds();
    const order: string[] = [];
    const marks = new Map<string, number>();
    findAndReplace(
      tree,
      [
        // A copy for each file: a file refused half-way must not leave the next its lastIndex.
        new RegExp(CITATION),
        (whole: string, list: string, match: { stack: Node[] }) => {
          const ids = citedIds(list);
          const nodes: PhrasingContent[] = [];
          for (const id of ids) {
            if (!known.has(id)) {
              fail(
                file,
                {
                  line: lineOf(file, match.stack, whole),
                  problem: `unknown source "${id}" in citation [@${id}].`,
                  fix: didYouMean(
                    id,
                    [...known],
                    'Use the id of a file in content/sources/ (its name without .yaml); for a new source, run npm run new -- source "<its headline>", fill it in, delete its draft: true line and cite the id it prints.',
                  ),
                  rule: 'unknown-source',
                },
                'remark-citations',
              );
            }
            if (!order.includes(id)) order.push(id);
            const n = order.indexOf(id) + 1;
            const k = (marks.get(id) ?? 0) + 1;
            marks.set(id, k);
            nodes.push({
              type: 'link',
              url: `#source-${id}`,
              children: [{ type: 'text', value: `[${n}]` }],
              data: { hProperties: { id: `cite-${n}-${k}`, 'aria-label': `Source ${n}` } },
            });
          }
          return { type: 'emphasis', children: nodes, data: { hName: 'sup', hProperties: { className: ['cite'] } } } as PhrasingContent;
        },
      ],
      { ignore: ['link', 'linkReference', 'inlineCode', 'code'] },
    );
    setPageData(file, 'citations', order);
  };
}
