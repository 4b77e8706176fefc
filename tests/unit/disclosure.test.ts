import { describe, expect, it } from 'vitest';
import { splitList } from '../../src/lib/disclosure.ts';

describe('fact box lists', () => {
  it('shows the first items and hides the rest, but never hides just one', () => {
    expect(splitList(['a', 'b', 'c', 'd'], 2)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(splitList(['a', 'b', 'c'], 2)).toEqual([['a', 'b', 'c'], []]);
    expect(splitList([], 2)).toEqual([[], []]);
  });
});
