import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem, locateField } from '../../src/lib/content-error.ts';

describe('content errors', () => {
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
  it('locates a field by key and value', () => {
    const text = 'title: X\nroles:\n  - title: Press Secretary\n    organization: pentagon\nmakers: [rtx, kongsberg]\n';
    expect(locateField(text, 'roles[0].organization', 'pentagon')).toBe(4);
    expect(locateField(text, 'makers[1]', 'kongsberg')).toBe(5);
    expect(locateField(text, 'title')).toBe(1);
    expect(locateField(text, 'missing')).toBeUndefined();
  });
});
