import { describe, expect, it } from 'vitest';
import { annotationOf, githubAnnotation, typeErrors } from '../../scripts/lib/annotations.ts';

describe('annotations for pull requests', () => {
  it('annotates a content problem with its rule, line and fix', () => {
    expect(
      annotationOf({ file: 'content/weapons/x.mdx', line: 12, problem: '"import" is not allowed in content.', fix: 'Delete the line.', rule: 'mdx/no-import' }),
    ).toEqual({
      file: 'content/weapons/x.mdx',
      line: 12,
      title: 'mdx/no-import',
      message: '"import" is not allowed in content. Fix: Delete the line.',
    });
    expect(annotationOf({ file: 'content/sources/s.yaml', field: 'url', problem: 'no page cites this source.', fix: 'Cite it.' })).toEqual({
      file: 'content/sources/s.yaml',
      line: undefined,
      title: 'content',
      message: 'no page cites this source. Fix: Cite it.',
    });
  });

  it('finds TypeScript errors from astro check, coloured or not', () => {
    const error = "src/lib/a.ts:3:7 - error ts(2322): Type 'number' is not assignable to type 'string'.";
    const expected = [{ file: 'src/lib/a.ts', line: 3, title: 'ts(2322)', message: "Type 'number' is not assignable to type 'string'." }];
    expect(typeErrors(error)).toEqual(expected);
    expect(
      typeErrors(
        "\x1b[96msrc/lib/a.ts\x1b[0m:\x1b[93m3\x1b[0m:\x1b[93m7\x1b[0m - \x1b[91merror\x1b[0m ts(2322): Type 'number' is not assignable to type 'string'.",
      ),
    ).toEqual(expected);
  });

  it('ignores lines that only look like problems', () => {
    expect(typeErrors('content/a.mdx: fine\nsrc/a.ts:3: nothing else')).toEqual([]);
  });

  it('writes a GitHub workflow command, escaping what would break it', () => {
    expect(githubAnnotation({ file: 'content/a.mdx', line: 3, title: 'mdx/no-import', message: 'a\nb 100%' })).toBe(
      '::error file=content/a.mdx,line=3,title=mdx/no-import::a%0Ab 100%25',
    );
    expect(githubAnnotation({ file: 'content/a,b.mdx', title: 't:x', message: 'm' })).toBe('::error file=content/a%2Cb.mdx,title=t%3Ax::m');
  });

  it('writes a warning, which does not fail the build, when asked (old review dates)', () => {
    expect(githubAnnotation({ file: 'content/sources/a.yaml', line: 9, title: 'review due', message: 'm' }, 'warning')).toBe(
      '::warning file=content/sources/a.yaml,line=9,title=review due::m',
    );
  });
});
