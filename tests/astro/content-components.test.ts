/**
 * The components handed to MDX pages (src/components/content-components.ts), imported as
 * Astro compiles them, are exactly the ones the content check allows (safe-mdx-lists.ts's COMPONENTS).
 */
import { expect, it } from 'vitest';
import { contentComponents } from '../../src/components/content-components.ts';
import { COMPONENTS } from '../../src/lib/safe-mdx-lists.ts';

it('COMPONENTS names exactly the components handed to MDX pages, each an Astro component', () => {
  expect(Object.keys(contentComponents).sort()).toEqual(Object.keys(COMPONENTS).sort());
  for (const [name, component] of Object.entries(contentComponents)) {
    expect(typeof component, name).toBe('function');
    expect((component as { isAstroComponentFactory?: boolean }).isAstroComponentFactory, name).toBe(true);
  }
});
