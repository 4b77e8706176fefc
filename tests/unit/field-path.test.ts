import { describe, expect, it } from 'vitest';
import { formatFieldPath, parseFieldPath, valueAt, walkFields } from '../../src/lib/field-path.ts';

describe('field paths', () => {
  it('writes and reads paths as keys', () => {
    expect(formatFieldPath(['roles', 0, 'organization'])).toBe('roles[0].organization');
    expect(parseFieldPath('roles[0].organization')).toEqual(['roles', 0, 'organization']);
    expect(parseFieldPath(formatFieldPath(['a', 1, 2, 'b']))).toEqual(['a', 1, 2, 'b']);
  });
  it('reads field values', () => {
    expect(valueAt({ a: [{ b: 3 }] }, 'a[0].b')).toBe(3);
    expect(valueAt({ a: [] }, 'a[0].b')).toBeUndefined();
  });
  it('walks every value with its path, parents first, dates as values, and skips inside on request', () => {
    const seen: string[] = [];
    walkFields({ a: [{ b: 1, skip: { c: 2 } }], d: new Date(0) }, (_, field) => (seen.push(field), field.endsWith('skip')));
    expect(seen).toEqual(['', 'a', 'a[0]', 'a[0].b', 'a[0].skip', 'd']);
  });
});
