// The whole pipeline in one place: the Markdown processor and its plugins, MDX, and
// the search index. Content lives in content/ (see src/content.config.ts).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import contentCheck from './src/integrations/content-check.ts';
import pagefind from './src/integrations/pagefind.ts';
import { remarkPlugins } from './src/plugins/index.ts';
import { pageUrlOf, readGlossaryIndex, readNameIndex, readSourceIds } from './src/data/content-index.ts';

// Tests build fixture content sets into their own folders (see tests/build/).
const outDir = process.env.EXPLAINER_OUT_DIR ?? './dist';
const cacheDir = process.env.EXPLAINER_CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Astro 7's default processor ignores remark plugins; the unified one runs them, for
    // .md and .mdx alike. Its own GFM is off so remark-gfm is applied once, explicitly.
    processor: unified({
      gfm: false,
      remarkPlugins: remarkPlugins({
        names: () => readNameIndex(),
        sourceIds: () => readSourceIds(),
        glossary: () => readGlossaryIndex(),
        pageUrl: (file) => pageUrlOf(file.path),
      }),
      // A link to another site is marked (CSS shows an arrow) and cannot reach back into this page.
      rehypePlugins: [[rehypeExternalLinks, { rel: ['external', 'noopener', 'noreferrer'] }]],
    }),
  },
  // The content check runs first: it refuses unsafe MDX before anything compiles it.
  integrations: [contentCheck(), mdx(), pagefind()],
  devToolbar: { enabled: false },
  vite: {
    build: {
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
