import { describe, expect, it } from 'vitest';
import { findProblems, githubAnnotation } from '../../src/lib/annotations.ts';
import { lastUpdated, parseGitLog } from '../../src/lib/git-log.ts';
import { editUrl } from '../../src/lib/urls.ts';

describe('edit links', () => {
  it('opens a file in the editor and a folder as a listing, on the configured branch', () => {
    expect(editUrl('content/weapons/nasams.mdx', { repository: 'https://github.com/o/r', branch: 'main' })).toBe('https://github.com/o/r/edit/main/content/weapons/nasams.mdx');
    expect(editUrl('./content/events/', { repository: 'https://github.com/o/r', branch: 'trunk' })).toBe('https://github.com/o/r/tree/trunk/content/events');
    expect(editUrl('content/weapons/nasams.mdx', { repository: undefined, branch: 'main' })).toBeUndefined();
  });
});

describe('last updated from git', () => {
  const log = '\x1e2026-11-20T10:00:00+00:00\n\ncontent/a.mdx\n\x1e2026-11-01T09:00:00+00:00\n\ncontent/a.mdx\ncontent/b.yaml\nsrc/x.ts\n';

  it('keeps the newest commit date of each file', () => {
    const dates = parseGitLog(log);
    expect(dates.get('content/a.mdx')?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(dates.get('content/b.yaml')?.toISOString()).toBe('2026-11-01T09:00:00.000Z');
  });

  it('gives a folder the date of its newest file, and nothing for what git does not know', () => {
    const dates = parseGitLog(log);
    expect(lastUpdated(dates, 'content/')?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(lastUpdated(dates, 'content/new.mdx')).toBeUndefined();
    expect(lastUpdated(parseGitLog(''), 'content/a.mdx')).toBeUndefined();
  });
});

describe('annotations for pull requests', () => {
  it('finds content problems with and without a line, with their rule and fix', () => {
    const out = [
      'Content check failed with 2 problems:',
      '',
      'content/weapons/x.mdx:12: "import" is not allowed in content. [mdx/no-import]',
      '    Fix: Delete the line.',
      '',
      'content/sources/s.yaml (field "url"): no page cites this source.',
      '    Fix: Cite it.',
    ].join('\n');
    expect(findProblems(out)).toEqual([
      { file: 'content/weapons/x.mdx', line: 12, title: 'mdx/no-import', message: '"import" is not allowed in content. Fix: Delete the line.' },
      { file: 'content/sources/s.yaml', line: undefined, title: 'content', message: 'no page cites this source. Fix: Cite it.' },
    ]);
  });

  it('finds TypeScript errors from astro check', () => {
    expect(findProblems("src/lib/a.ts:3:7 - error ts(2322): Type 'number' is not assignable to type 'string'.")).toEqual([
      { file: 'src/lib/a.ts', line: 3, title: 'ts(2322)', message: "Type 'number' is not assignable to type 'string'." },
    ]);
  });

  it('ignores lines that only look like problems', () => {
    expect(findProblems('content/a.mdx: fine\nnothing else')).toEqual([]);
  });

  it('writes a GitHub workflow command, escaping what would break it', () => {
    expect(githubAnnotation({ file: 'content/a.mdx', line: 3, title: 'mdx/no-import', message: 'a\nb 100%' })).toBe('::error file=content/a.mdx,line=3,title=mdx/no-import::a%0Ab 100%25');
    expect(githubAnnotation({ file: 'content/a,b.mdx', title: 't:x', message: 'm' })).toBe('::error file=content/a%2Cb.mdx,title=t%3Ax::m');
  });
});
