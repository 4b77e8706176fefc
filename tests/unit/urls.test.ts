import { describe, expect, it } from 'vitest';
import { collectionUrl, entryUrl } from '../../src/lib/urls.ts';

describe('urls', () => {
  it('builds entry and collection URLs', () => {
    expect(entryUrl('weapons', 'nasams')).toBe('/weapons/nasams/');
    expect(entryUrl('sources', 's1')).toBe('/sources/#source-s1');
    expect(entryUrl('glossary', 'uav')).toBe('/glossary/#uav');
    expect(collectionUrl('events')).toBe('/timeline/');
  });
});
