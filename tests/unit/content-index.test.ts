/** The compile-time index the plugins read from a content folder. */
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clearContentIndexes, readNameIndex, readSourceIds } from '../../src/data/content-index.ts';
import { resolveTarget } from '../../src/lib/wikilinks.ts';

const base = 'tests/fixtures/base';

describe('content index', () => {
  it('reads source ids from file names', () => {
    expect([...readSourceIds(base)]).toContain('kyiv-independent-2022-11-08-nasams');
    expect(readSourceIds(base).size).toBe(7);
  });
  it('reads ids, titles and aliases of every page', () => {
    const index = readNameIndex(base);
    expect(resolveTarget(index, 'Pentagon')).toMatchObject({ collection: 'actors', id: 'us-department-of-defense' });
    expect(resolveTarget(index, 'Pat Ryder')?.id).toBe('patrick-ryder');
    expect(resolveTarget(index, 'nasams')?.title).toBe('NASAMS');
  });
  it('reads a folder once, until told that content changed', () => {
    const copy = 'tests/.output/content-index';
    rmSync(copy, { recursive: true, force: true });
    cpSync(base, copy, { recursive: true });
    const before = readSourceIds(copy);
    writeFileSync(`${copy}/sources/added-later.yaml`, 'title: T\n');
    expect(readSourceIds(copy)).toBe(before);
    expect(readSourceIds(copy).has('added-later')).toBe(false);
    clearContentIndexes();
    expect(readSourceIds(copy).has('added-later')).toBe(true);
  });
  it('is empty for a folder that does not exist', () => {
    expect(readSourceIds('no/such/folder').size).toBe(0);
  });
});
