/**
 * The components content files may use without importing them, handed to every MDX
 * page by its route. The content check (src/lib/safe-mdx-lists.ts, `COMPONENTS`) allows
 * exactly these names and their attributes; a unit test keeps the two lists equal.
 */
import Aside from './Aside.astro';
import Figure from './Figure.astro';
import Quote from './Quote.astro';

export const contentComponents = { Aside, Figure, Quote };
