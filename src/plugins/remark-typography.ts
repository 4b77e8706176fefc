/**
 * remark-typography: typographic quotes, dashes and ellipses in the prose, as Astro's
 * default remark-smartypants made them, without its cost. remark-smartypants parses the
 * text of every page into a natural-language tree (retext) once, and each text node once
 * more, which was about 40% of the MDX compile; this walks the same text with one regular
 * expression and applies the same rules (retext-smartypants's defaults).
 *
 * Input:   He said "it's the '90s" -- and "'Geran-2' is the name"... ``Yes''.
 * Output:  <p>He said “it’s the ’90s” — and “‘Geran-2’ is the name”… “Yes”.</p>
 *
 * Only text nodes change (inline code, code blocks, links' addresses, JSX attributes and
 * `<style>`/`<script>` stay as written). Quotes are paired across the whole page, so a
 * quote may open before a link or emphasis and close after it; inline code counts as a
 * word there, and each paragraph, heading and table cell starts afresh. Dashes (`--` →
 * em dash), ellipses (`...` → …) and double backticks or apostrophes (``` `` ``` and `''`
 * → “ and ”) are replaced within one text node. Runs first, so the other plugins see the
 * same text as before.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visitParents } from 'unist-util-visit-parents';

/** Nodes whose text is part of the prose; the first two hold text, the others start it afresh. */
const LITERAL = new Set(['text', 'inlineCode']);
const BLOCK = new Set(['paragraph', 'heading', 'tableCell']);

/** A word, white space, or a run of one other character, as retext's parser splits text. */
const TOKEN = /[\p{L}\p{N}\p{M}]+|\s+|([^\p{L}\p{N}\p{M}\s])\1*/gu;
type Kind = 'word' | 'space' | 'mark';
interface Token {
  kind: Kind;
  value: string;
  start: number;
}

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    kind: m[1] !== undefined ? 'mark' : /\s/u.test(m[0]) ? 'space' : 'word',
    value: m[0],
    start: m.index,
  }));
}

const OPEN = { '"': '“', "'": '‘' } as Record<string, string>;
const CLOSE = { '"': '”', "'": '’' } as Record<string, string>;

/**
 * Each straight quote of `text` made opening or closing by its neighbours, in the order of
 * retext-smartypants's rules; the text keeps its length, so it can be cut back into nodes.
 */
export function curlQuotes(text: string): string {
  if (!/["']/.test(text)) return text;
  const t = tokenize(text);
  const out = t.map((x) => x.value);
  const isQuote = (v: string | undefined) => v === '"' || v === "'";
  for (let i = 0; i < t.length; i++) {
    const q = out[i]!;
    if (!isQuote(q)) continue;
    // For retext the space that starts the text is not in the sentence: nothing precedes the quote.
    const prev = i === 1 && t[0]!.kind === 'space' ? undefined : t[i - 1];
    const [next, nextNext] = [t[i + 1], t[i + 2]];
    if (next?.kind === 'mark' && nextNext?.kind !== 'word') out[i] = CLOSE[q]!;
    else if (next?.kind === 'mark' && isQuote(next.value) && nextNext?.kind === 'word') {
      // A quote within a quote: `"'Quoted' words…"`.
      out[i] = OPEN[q]!;
      out[i + 1] = OPEN[next.value]!;
    } else if (next && /^\d\ds$/.test(next.value))
      out[i] = CLOSE[q]!; // the '90s
    else if (prev && prev.kind !== 'word' && next?.kind === 'word') out[i] = OPEN[q]!;
    else if (prev?.kind === 'word') out[i] = CLOSE[q]!;
    else if (!next || next.kind === 'space' || (q === "'" && next.value === 's')) out[i] = CLOSE[q]!;
    else out[i] = OPEN[q]!;
  }
  return out.join('');
}

/** Dashes, ellipses and doubled backticks or apostrophes in one node's text. */
export function dashesAndEllipses(text: string): string {
  if (!/--|\.\.\.|``|''/.test(text)) return text;
  return tokenize(text)
    .map(({ kind, value }) => {
      if (kind !== 'mark') return value;
      if (/^\.{3,}$/.test(value)) return '…';
      if (value === '``') return '“';
      if (value === "''") return '”';
      if (value === '--') return '—';
      return value;
    })
    .join('');
}

type Literal = Node & { value: string };

export default function remarkTypography() {
  return (tree: Root) => {
    const nodes: Node[] = [];
    let all = '';
    visitParents(tree, (node, ancestors) => {
      const parent = ancestors.at(-1) as (Node & { name?: string | null }) | undefined;
      if (!parent || (parent.type === 'mdxJsxTextElement' && (parent.name === 'style' || parent.name === 'script'))) return;
      if (LITERAL.has(node.type)) {
        const { value } = node as Literal;
        // Inline code counts as a word next to a quote, and is never changed.
        all += node.type === 'text' ? value : 'A'.repeat(value.length);
        nodes.push(node);
      } else if (BLOCK.has(node.type)) {
        // A block starts afresh: a quote at its start opens.
        all += ' ';
        nodes.push(node);
      }
    });
    const curled = curlQuotes(all);
    let at = 0;
    for (const node of nodes) {
      if (!LITERAL.has(node.type)) {
        at += 1;
        continue;
      }
      const literal = node as Literal;
      const end = at + literal.value.length;
      if (node.type === 'text') literal.value = dashesAndEllipses(curled.slice(at, end));
      at = end;
    }
  };
}
