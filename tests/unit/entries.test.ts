import { describe, expect, it } from 'vitest';
import { fileOf, findRefs, isEntityCollection, keyOf, titleOf, type EntryLike } from '../../src/lib/entries.ts';

const ref = (collection: string, id: string) => ({ collection, id });

describe('entries', () => {
  it('findRefs walks nested objects and arrays, and ignores what is no collection', () => {
    expect(findRefs({ a: [{ actor: ref('actors', 'x'), when: new Date() }], b: ref('sources', 's'), c: { collection: 'other', id: 'z' } })).toEqual([
      { collection: 'actors', id: 'x', field: 'a[0].actor' },
      { collection: 'sources', id: 's', field: 'b' },
    ]);
  });
  it('titleOf prefers title, then term, then id', () => {
    expect(titleOf({ id: 'x', collection: 'glossary', data: { term: 'UAV' } } as unknown as EntryLike)).toBe('UAV');
    expect(titleOf({ id: 'x', collection: 'actors', data: { title: 'RTX' } } as unknown as EntryLike)).toBe('RTX');
    expect(titleOf({ id: 'x', collection: 'actors', data: {} } as unknown as EntryLike)).toBe('x');
  });
  it('keys an entry by collection and id, and names its file', () => {
    expect(keyOf(ref('actors', 'rtx'))).toBe('actors/rtx');
    expect(fileOf(ref('actors', 'rtx'))).toBe('actors/rtx');
    expect(fileOf({ ...ref('actors', 'rtx'), filePath: 'content/actors/rtx.mdx' })).toBe('content/actors/rtx.mdx');
  });
  it('tells entity collections from the others', () => {
    expect(['actors', 'weapons', 'claims', 'sources', 'events', 'glossary', 'x'].filter(isEntityCollection)).toEqual(['actors', 'weapons', 'claims']);
  });
});
