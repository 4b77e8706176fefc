import { describe, expect, it } from 'vitest';
import { lastUpdated, parseGitLog } from '../../src/lib/git-log.ts';
import { editUrl } from '../../src/lib/urls.ts';

describe('edit links', () => {
  it('opens a file in the editor and a folder as a listing, on the configured branch', () => {
    expect(editUrl('content/weapons/nasams.mdx', { repository: 'https://github.com/o/r', branch: 'main' })).toBe(
      'https://github.com/o/r/edit/main/content/weapons/nasams.mdx',
    );
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

  it('with "first", keeps the date of the commit that added each file, for the feeds\' new pages', () => {
    const dates = parseGitLog(log, 'first');
    expect(dates.get('content/a.mdx')?.toISOString()).toBe('2026-11-01T09:00:00.000Z');
    expect(dates.get('content/b.yaml')?.toISOString()).toBe('2026-11-01T09:00:00.000Z');
  });

  it('gives a folder the date of its newest file, and nothing for what git does not know', () => {
    const dates = parseGitLog(log);
    expect(lastUpdated(dates, 'content/')?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
    expect(lastUpdated(dates, 'content/new.mdx')).toBeUndefined();
    expect(lastUpdated(parseGitLog(''), 'content/a.mdx')).toBeUndefined();
  });
});
