import { mkdirSync, mkdtempSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropStaleContentStore } from '../../src/data/content-store.ts';

describe('the content store is dropped when the schemas change', () => {
  it('keeps the store while the schema files are the same, and drops it after a change', () => {
    const root = mkdtempSync(join(tmpdir(), 'store-'));
    const cache = join(root, 'cache');
    mkdirSync(join(root, 'src/lib/schemas'), { recursive: true });
    writeFileSync(join(root, 'src/lib/schemas/actors.ts'), 'a');
    expect(dropStaleContentStore(cache, root)).toBe(false); // first run: nothing to compare with
    writeFileSync(join(cache, 'data-store.json'), '{}');
    expect(dropStaleContentStore(cache, root)).toBe(false);
    expect(existsSync(join(cache, 'data-store.json'))).toBe(true);
    writeFileSync(join(root, 'src/lib/schemas/actors.ts'), 'b');
    expect(dropStaleContentStore(cache, root)).toBe(true);
    expect(existsSync(join(cache, 'data-store.json'))).toBe(false);
  });
});
