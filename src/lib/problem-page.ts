/**
 * The page the dev server shows instead of a page whose content has a problem: each
 * problem with its file and line, what is wrong and the fix, readable without JavaScript.
 *
 *   problemPage([{ file: 'content/weapons/x.mdx', line: 15, problem: 'unknown wikilink …', fix: 'Did you mean …' }], '/@vite/client')
 *   // → '<!doctype html>…<li><code>content/weapons/x.mdx:15</code> unknown wikilink … <p>Fix: Did you mean …</p></li>…'
 */
import type { ContentProblem } from './content-error.ts';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The HTML of the page; `devClient` is Vite's client script, which reloads the page once the file is fixed. */
export function problemPage(problems: readonly ContentProblem[], devClient: string): string {
  const items = problems.map((p) => {
    const where = `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` (field "${p.field}")` : ''}`;
    const rule = p.rule ? ` <small>[${escape(p.rule)}]</small>` : '';
    return `<li><code>${escape(where)}</code>: ${escape(p.problem)}${rule}<p>Fix: ${escape(p.fix)}</p></li>`;
  });
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Content problem</title>
<script type="module" src="${escape(devClient)}"></script>
<style>body{font:1.05rem/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}li{margin-bottom:1rem}code{font-weight:600}</style>
</head><body>
<h1>This page has ${count} in its content</h1>
<p>The dev server shows the page again as soon as the file is fixed; the rest of the site keeps working. <code>npm run check</code> lists every problem of every file.</p>
<ul>${items.join('\n')}</ul>
</body></html>
`;
}
