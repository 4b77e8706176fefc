import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/lib/suggest.ts';

describe('suggestions', () => {
  it('closest and editDistance rank near ids first', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(closest('nasam', ['atacms', 'nasams', 'himars'], 3)).toEqual(['nasams']);
    expect(closest('zzzzzz', ['atacms'], 3)).toEqual([]);
  });
  it('counts as close a name within half its length in edits, or one containing the other, ignoring case', () => {
    expect(closest('NASAM', ['nasams'])).toEqual(['nasams']);
    expect(closest('ab', ['abcdefgh'])).toEqual(['abcdefgh']);
    expect(closest('kyiv-independent', ['kyiv-independent-2022-11-08', 'reuters-2022-10-18'])).toEqual(['kyiv-independent-2022-11-08']);
    expect(closest('a', ['b', 'c', 'd', 'e'], 2)).toEqual(['b', 'c']);
  });
  it('leads a fix with one wording of "did you mean", or leaves it alone', () => {
    expect(didYouMean('nasam', ['nasams', 'atacms'], 'Use the id of a page.')).toBe('Did you mean "nasams"? Use the id of a page.');
    expect(didYouMean('ab', ['abc', 'abd', 'abe'], 'Fix it.')).toBe('Did you mean "abc", "abd" or "abe"? Fix it.');
    expect(didYouMean('ab', ['abc', 'abd'], 'Fix it.', 1)).toBe('Did you mean "abc"? Fix it.');
    expect(didYouMean('zzzzzz', ['atacms'], 'Use the id of a page.')).toBe('Use the id of a page.');
  });
});
