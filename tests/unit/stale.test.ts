import { describe, expect, it } from 'vitest';
import { formatStale, staleDates, staleThreshold } from '../../src/lib/stale.ts';

const TODAY = new Date('2026-12-01T12:00:00Z');

/** A small content set: old and recent review dates in each collection that has them, and files that have none. */
const files = [
  {
    path: 'content/actors/kirby.mdx',
    text: [
      '---',
      'title: John Kirby',
      'kind: person',
      'roles:',
      '  - title: Spokesman',
      '    asOf: 2023-11-21',
      '    sources: [a]',
      '  - title: Adviser',
      '    asOf: 2026-11-01',
      '    sources: [a]',
      '  - title: Admiral',
      '    to: 2017-01-01',
      '---',
      'Body.',
      '',
    ].join('\n'),
  },
  { path: 'content/claims/drones.mdx', text: ['---', 'title: Drones', 'history: []', 'checked: 2025-01-01', '---', ''].join('\n') },
  { path: 'content/claims/missiles.mdx', text: ['---', 'title: Missiles', 'checked: "2026-10-01"', '---', ''].join('\n') },
  { path: 'content/sources/old.yaml', text: ['title: Old', 'publisher: P', 'accessed: 2026-06-03', ''].join('\n') },
  { path: 'content/sources/edge.yaml', text: ['title: Edge', 'accessed: 2026-06-04', ''].join('\n') },
  { path: 'content/sources/broken.yaml', text: 'title: [unclosed\n' },
  { path: 'content/events/e.yaml', text: 'date: 2000-01-01\n' },
];

describe('the stale report', () => {
  it('lists exactly the review dates older than the threshold, with their lines', () => {
    expect(staleDates(files, TODAY, 180).map(formatStale)).toEqual([
      'content/actors/kirby.mdx:6  roles[0].asOf 2023-11-21 (1106 days old): Confirm the role is still held (or add its "to" date) from a current source, then set asOf to today.',
      'content/claims/drones.mdx:4  checked 2025-01-01 (699 days old): Check the latest status against the sources (and newer reporting); add a history entry if it changed, then set checked to today.',
      'content/sources/old.yaml:3  accessed 2026-06-03 (181 days old): Open the source (or its copyUrl), confirm it still says what the site cites it for, then set accessed to today.',
    ]);
  });

  it('follows the threshold: a shorter one lists more, a longer one fewer', () => {
    expect(staleDates(files, TODAY, 30).map((s) => `${s.file}:${s.line}`)).toEqual([
      'content/actors/kirby.mdx:6',
      'content/claims/drones.mdx:4',
      'content/claims/missiles.mdx:3',
      'content/sources/old.yaml:3',
      'content/sources/edge.yaml:2',
    ]);
    expect(staleDates(files, TODAY, 1000).map((s) => s.field)).toEqual(['roles[0].asOf']);
  });

  it('reads the threshold from --stale=180d, --stale=90 or --days=365, 180 days by default, and refuses anything else', () => {
    expect(staleThreshold([])).toBe(180);
    expect(staleThreshold(['--stale'])).toBe(180);
    expect(staleThreshold(['--stale=90d'])).toBe(90);
    expect(staleThreshold(['--stale=90'])).toBe(90);
    expect(staleThreshold(['--days=365'])).toBe(365);
    expect(() => staleThreshold(['--stale=six-months'])).toThrow(/in days/);
  });
});
