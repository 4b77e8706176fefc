// The whole pipeline in one place: the Markdown processor and its plugins, MDX, and
// the search index. Content lives in content/ (see src/content.config.ts).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import contentCheck from './src/integrations/content-check.ts';
import headers from './src/integrations/headers.ts';
import pagefind from './src/integrations/pagefind.ts';
import publishing from './src/integrations/publishing.ts';
import { remarkPlugins } from './src/plugins/index.ts';
import { pageUrlOf, readGlossaryIndex, readNameIndex, readSourceIds } from './src/data/content-index.ts';
import { settings } from './src/lib/settings.ts';

// Where the site is published and where it is built, from the environment (README,
// "Publish"); a malformed SITE_URL or BASE_PATH stops here with what is expected.
const { siteUrl, basePath, outDir, cacheDir } = settings();

export default defineConfig({
  // The public address and sub-path: canonical URLs, the sitemap and sharing tags are
  // built from them, and every internal link goes through src/lib/urls.ts's href().
  site: siteUrl,
  base: basePath,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Four pages rendered at a time: while one waits for its map's layout (src/data/map-pool.ts)
  // or a sharing card, the others render.
  build: { format: 'directory', concurrency: 4 },
  markdown: {
    // No content has code; Shiki's inline styles would also break the CSP (and warn on every build).
    syntaxHighlight: false,
    // Astro 7's default processor ignores remark plugins; the unified one runs them, for
    // .md and .mdx alike. Its own GFM is off so remark-gfm is applied once, explicitly, and
    // its smartypants too: src/plugins/remark-typography.ts makes the same quotes far faster.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: remarkPlugins({
        names: () => readNameIndex(),
        sourceIds: () => readSourceIds(),
        glossary: () => readGlossaryIndex(),
        pageUrl: (file) => pageUrlOf(file.path),
        base: basePath,
      }),
      // A link to another site is marked (CSS shows an arrow) and cannot reach back into this page.
      rehypePlugins: [[rehypeExternalLinks, { rel: ['external', 'noopener', 'noreferrer'] }]],
    }),
  },
  // The content check runs first: it refuses unsafe MDX before anything compiles it.
  integrations: [publishing(), contentCheck(), mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), headers(), pagefind()],
  devToolbar: { enabled: false },
  // A Content-Security-Policy in every page's <meta>: scripts and styles only from this
  // site or with the hash Astro computes, never 'unsafe-inline'; 'wasm-unsafe-eval' lets
  // Pagefind compile its WebAssembly (it runs no JavaScript from strings). Every page has
  // the same policy, so dist/_headers can give it to all of them in one rule
  // (src/integrations/headers.ts).
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: {
      // Scripts stay files, never inlined into the page (Astro inlines one under 4 KB without
      // imports): the header's and the previews' scripts in every page's HTML would eat into its
      // 14 KB first round trip, and as files they are cached once for the whole site. Other assets: Vite's default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every .mdx module triggers this harmless warning (withastro/astro#18087).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
