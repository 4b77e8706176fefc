// html-validate's rules for the built site (dist/). Used by tests/dist/html.test.ts, and
// by `npx html-validate dist` from the command line. Every rule the presets turn on stays
// on unless a comment below says why it conflicts with a deliberate choice of this site;
// real problems (invalid nesting, duplicate ids, missing labels, wrong ARIA, raw `<` or
// `&`, …) are fixed where the HTML is written, never switched off here.
import { defineConfig, Rule } from 'html-validate';

/**
 * Nothing may follow `</html>`: a browser moves an element found there into <body>, but it
 * is a parse error ("stray start tag"), and html-validate has no rule of its own for it.
 * Astro puts a page's top-level `<script>` there when it stands outside the layout
 * component, so it goes inside `<Page>…</Page>` instead.
 */
class NothingAfterHtml extends Rule {
  documentation() {
    return { description: 'Every element of a whole document must be inside `<html>`: nothing may follow `</html>`.' };
  }

  setup() {
    this.on('dom:ready', ({ document }) => {
      const top = document.root.childElements;
      if (!top.some((el) => el.is('html'))) return; // a fragment, not a whole document
      for (const el of top) {
        if (!el.is('html')) this.report(el, `<${el.tagName}> stands after </html>: put it inside the page's <body>`);
      }
    });
  }
}

export default defineConfig({
  root: true,
  plugins: [{ name: 'explainer', rules: { 'explainer/nothing-after-html': NothingAfterHtml } }],
  extends: [
    'html-validate:recommended',
    'html-validate:a11y',
    // Each file in dist/ is a whole document: also require a doctype, labelled inputs,
    // headings that go down one level at a time, and aria-labelledby/for/… that point
    // at ids that exist.
    'html-validate:document',
  ],
  rules: {
    'explainer/nothing-after-html': 'error',

    // Astro writes void elements as `<meta …>`, not `<meta … />`: hold the build to that.
    'void-style': ['error', { style: 'omit' }],

    // Ids only need to be non-empty and free of whitespace (the HTML standard); the strict
    // default also wants them to start with a letter, for CSS selectors. Timeline events
    // take their content id as their id, e.g. `2022-10-17-drone-attack-on-central-kyiv`,
    // and hundreds of links (/timeline/#2022-…) and readers' bookmarks point at those
    // fragments, which browsers resolve fine. No script here uses them in a CSS selector
    // (one that did would need CSS.escape).
    'valid-id': ['error', { relaxed: true }],

    // A claim page's title is the claim as worded in its source, plus the site name,
    // e.g. `NASAMS is "manufactured as a joint venture" of Raytheon and Kongsberg · …`.
    // Cutting it to 70 characters for search-result snippets would change what is
    // claimed; a search engine that shortens it drops only the site name at the end.
    'long-title': 'off',

    // Every script and stylesheet is a same-origin file that Astro or Pagefind wrote into
    // dist/: whoever could change one could change an integrity hash next to it, so SRI
    // adds nothing there. Anything loaded by absolute URL (another origin) still needs
    // `integrity`.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
});
