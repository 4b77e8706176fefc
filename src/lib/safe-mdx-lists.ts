/**
 * What the safe subset of MDX allows and refuses (src/lib/safe-mdx.ts applies it): the
 * HTML elements and components content may use, with their attributes, the elements never
 * allowed and why, and the fix for HTML contributors often paste.
 */
import { figureRecipe } from './safe-mdx-media.ts';

/** HTML elements content may use, each with the attributes it may carry. */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  br: [],
  sub: [],
  sup: [],
  span: ['lang'],
};

/** The attributes a component must have and may have. */
export interface ComponentSpec {
  required: readonly string[];
  optional: readonly string[];
}

/** Components the layout provides to every page, so content uses them without importing. */
export const COMPONENTS: Readonly<Record<string, ComponentSpec>> = {
  Aside: { required: [], optional: ['title'] },
  Figure: { required: ['src', 'alt', 'width', 'height'], optional: ['caption'] },
  Quote: { required: ['by'], optional: ['lang'] },
};

/** Elements that are never allowed, with why: said in the message so the rule makes sense. */
export const UNSAFE_ELEMENTS: Record<string, string> = {
  script: 'runs code in the reader’s browser',
  style: 'restyles the whole page and can load files from other sites',
  iframe: 'loads a page from another site',
  frame: 'loads a page from another site',
  frameset: 'loads pages from other sites',
  object: 'loads and runs content from another site',
  embed: 'loads and runs content from another site',
  link: 'loads files from other sites',
  meta: 'can redirect the reader or change how the page loads',
  base: 'changes where every link on the page points',
  form: 'sends what readers type to another site',
};

const HEADING_FIX = (level: number) => `Write the heading in Markdown: ${'#'.repeat(Math.max(2, level))} Heading text.`;

/** Tailored fixes for HTML that contributors often paste; other elements get a general one. */
export const RAW_HTML_FIXES: Record<string, string> = {
  a: 'Write a link as [text](https://…), or [[page-id]] for a page on this site.',
  img: figureRecipe(),
  div: 'Remove the tag: Markdown paragraphs are separated by a blank line.',
  p: 'Remove the tag: Markdown paragraphs are separated by a blank line.',
  h1: HEADING_FIX(1),
  h2: HEADING_FIX(2),
  h3: HEADING_FIX(3),
  h4: HEADING_FIX(4),
  h5: HEADING_FIX(5),
  h6: HEADING_FIX(6),
  table: 'Use a Markdown table: | Column | Column | rows under a | --- | --- | line.',
  abbr: 'Write the acronym as plain text: acronyms are marked up from the glossary automatically.',
  b: 'Write **bold** in Markdown.',
  strong: 'Write **bold** in Markdown.',
  i: 'Write *italics* in Markdown.',
  em: 'Write *italics* in Markdown.',
  ul: 'Use a Markdown list: one "- item" per line.',
  ol: 'Use a Markdown list: one "1. item" per line.',
  blockquote: 'Use > at the start of each line, or <Quote by="…">.',
};
