/**
 * remark-acronyms: marks every acronym in prose from the glossary, and refuses any
 * all-capitals word that the glossary does not define.
 *
 * Input:   Two NASAMS arrived; more NASAMS followed. UAVs attacked.
 * Output:  <p>Two <a href="/weapons/nasams/" class="gloss"><abbr title="National Advanced
 *          Surface-to-Air Missile System">NASAMS</abbr><span class="gloss-tip"> (National
 *          Advanced Surface-to-Air Missile System)</span></a> arrived; more <abbr title="National
 *          Advanced Surface-to-Air Missile System">NASAMS</abbr> followed. <a href="/glossary/#uav"
 *          class="gloss"><abbr title="unmanned aerial vehicle">UAVs</abbr>…</a> attacked.</p>
 *
 * Whole words only ("US" is not found in "USAI"), with plural -s ("UAVs") and hyphenated
 * designations ("MGM-140", "S-400") as written in the glossary; a hyphenated word that is
 * not defined as a whole is checked part by part ("NASAMS-ER": NASAMS, then ER). The first
 * use of each term on a page links to its page (or its glossary entry) and carries the
 * expansion as text, shown on hover and focus and read by screen readers; later uses are
 * plain `<abbr>`. Code, links and headings are not marked; code and link text are not
 * checked (inline code is no text node; a wikilink's text is the author's spelling). Counts of
 * each term are stored in `remarkPluginFrontmatter.acronyms` for the glossary's "used on".
 */
import type { Heading, PhrasingContent, Root, Text } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { Node } from 'unist';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { acronymFix, acronymParts, needsDefinition, termHref, TOKEN, type GlossaryIndex } from '../lib/acronyms.ts';
import { lineOf } from './locate.ts';
import { fail, setPageData } from './report.ts';

/** Options: the glossary, and the URL of the page being compiled (to avoid linking a page to itself). */
export interface AcronymOptions {
  /** Returns the glossary's form index; called once per file. */
  glossary: () => GlossaryIndex;
  /** Returns the URL of the page a file renders to, if it is an entity page. */
  pageUrl?: (file: VFile) => string | undefined;
}

export default function remarkAcronyms({ glossary, pageUrl = () => undefined }: AcronymOptions) {
  return (tree: Root, file: VFile) => {
    const index = glossary();

    // Check every text outside code and links, headings included, before anything is changed.
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((a) => a.type === 'link' || a.type === 'linkReference')) return;
      for (const m of node.value.matchAll(TOKEN)) {
        for (const part of acronymParts(index, m[0])) {
          if (part.term || !needsDefinition(part.text)) continue;
          fail(
            file,
            {
              line: lineOf(file, [...ancestors, node] as Node[], part.text),
              problem: `"${part.text}" looks like an acronym but the glossary does not define it.`,
              fix: acronymFix(part.text),
              rule: 'undefined-acronym',
            },
            'remark-acronyms',
          );
        }
      }
    });

    const counts: Record<string, number> = {};
    const here = pageUrl(file);
    findAndReplace(
      tree,
      [
        // A copy for each file: a search stopped half-way leaves a pattern's lastIndex behind,
        // and matchAll elsewhere would start from it (src/lib/citations.ts).
        new RegExp(TOKEN),
        (token: string) => {
          const found = acronymParts(index, token);
          if (!found.some((p) => p.term)) return false;
          return found.map(({ text, term }): PhrasingContent => {
            if (!term) return { type: 'text', value: text };
            const first = !counts[term.id];
            counts[term.id] = (counts[term.id] ?? 0) + 1;
            const abbr: PhrasingContent = {
              type: 'emphasis',
              children: [{ type: 'text', value: text }],
              data: { hName: 'abbr', hProperties: { title: term.expansion } },
            };
            if (!first) return abbr;
            return {
              type: 'link',
              url: termHref(term, here),
              children: [
                abbr,
                {
                  type: 'emphasis',
                  children: [{ type: 'text', value: ` (${term.expansion})` }],
                  data: { hName: 'span', hProperties: { className: ['gloss-tip'] } },
                },
              ],
              data: { hProperties: { className: ['gloss'] } },
            };
          });
        },
      ],
      { ignore: ['link', 'linkReference', 'inlineCode', 'code', 'heading'] as Array<Heading['type'] | 'link' | 'linkReference' | 'inlineCode' | 'code'> },
    );
    setPageData(file, 'acronyms', counts);
  };
}
