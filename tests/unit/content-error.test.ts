import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem, problemIn } from '../../src/lib/content-error.ts';

describe('content errors', () => {
  it('points a problem in a file at the line of its field', () => {
    const text = 'title: X\nmakers: [rtx, kongsberg]\n';
    expect(problemIn('content/a.yaml', () => text, { field: 'makers[1]', problem: 'p.', fix: 'f.' })).toEqual({
      file: 'content/a.yaml',
      line: 2,
      field: 'makers[1]',
      problem: 'p.',
      fix: 'f.',
    });
    expect(problemIn('content/a.yaml', () => undefined, { field: 'makers[1]', problem: 'p.', fix: 'f.' }).line).toBeUndefined();
  });
  it('formats file, line, field, problem and fix', () => {
    expect(formatProblem({ file: 'content/a.mdx', line: 3, field: 'kind', problem: 'bad.', fix: 'Do this.' })).toBe(
      'content/a.mdx:3 (field "kind"): bad.\n    Fix: Do this.',
    );
    expect(formatProblem({ file: 'content/a.mdx', problem: 'bad.', fix: 'Do this.' })).toBe('content/a.mdx: bad.\n    Fix: Do this.');
  });
  it('lists every problem in the error message', () => {
    const e = new ContentError([
      { file: 'a', problem: 'one.', fix: 'x' },
      { file: 'b', problem: 'two.', fix: 'y' },
    ]);
    expect(e.message).toContain('2 problems');
    expect(e.message).toContain('a: one.');
    expect(e.message).toContain('b: two.');
  });
});
