import { describe, expect, it } from 'vitest';
import { frontmatterBody, isDraft, isDraftText, splitFrontmatter, yamlOf } from '../../src/lib/frontmatter.ts';

describe('frontmatter', () => {
  it("gives an MDX file's body: the lines after the closing ---", () => {
    const text = '---\ntitle: A\nsummary: B\n---\n\n## First\n\nProse.';
    expect(frontmatterBody(text, splitFrontmatter(text)!)).toBe('\n## First\n\nProse.');
    expect(frontmatterBody('---\na: 1\n---\nbody', { yaml: 'a: 1\n', firstLine: 2 })).toBe('body');
  });

  it("finds an MDX file's YAML as Astro does, and the file line it starts on", () => {
    expect(splitFrontmatter('---\na: 1\n---\nbody')).toEqual({ yaml: 'a: 1\n', firstLine: 2 });
    expect(splitFrontmatter('\n---\r\na: 1\r\n---\r\nbody')).toEqual({ yaml: 'a: 1\r\n', firstLine: 3 });
    expect(splitFrontmatter('no frontmatter')).toBeUndefined();
  });
  it('reads a YAML file whole', () => {
    expect(yamlOf('a: 1\n')).toEqual({ yaml: 'a: 1\n', firstLine: 1 });
  });
  it('decides drafts by the value of draft, in data and in text', () => {
    expect(isDraft({ draft: true })).toBe(true);
    expect([isDraft({ draft: 'true' }), isDraft({}), isDraft(null)]).toEqual([false, false, false]);
    expect(isDraftText('---\ntitle: X\ndraft: true # until sourced\n---\nBody.\n')).toBe(true);
    expect(isDraftText('title: X\ndraft: true\n')).toBe(true);
    expect(isDraftText('---\ntitle: X\n---\ndraft: true\n')).toBe(false);
    expect(isDraftText('title: X\nnotes:\n  draft: true\n')).toBe(false);
    expect(isDraftText('title: [unclosed\ndraft: true\n')).toBe(false);
  });
});
