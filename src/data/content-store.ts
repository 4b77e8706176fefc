/**
 * Astro keeps parsed content in `<cacheDir>/data-store.json` and does not notice when a
 * schema changes in a module the content config imports: entries then lack a new field's
 * default, and pages fail with "cannot read properties of undefined". So the store is
 * dropped whenever the schema files change, by a hash kept next to it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The files whose change alters what a content entry holds. */
const SCHEMA_FILES = ['src/content.config.ts', 'src/lib/schemas.ts', 'src/lib/vocabulary.ts'];
const SCHEMA_DIR = 'src/lib/schemas';

/** A hash of the schema files' text. */
function schemaHash(root: string): string {
  const hash = createHash('sha256');
  const dir = join(root, SCHEMA_DIR);
  const files = [
    ...SCHEMA_FILES,
    ...(existsSync(dir)
      ? readdirSync(dir)
          .sort()
          .map((f) => join(SCHEMA_DIR, f))
      : []),
  ];
  for (const f of files) if (existsSync(join(root, f))) hash.update(f).update(readFileSync(join(root, f)));
  return hash.digest('hex');
}

/** Drops Astro's content store in `cacheDir` if the schemas changed since it was written; says whether it did. */
export function dropStaleContentStore(cacheDir: string, root = process.cwd()): boolean {
  const mark = join(cacheDir, 'schema-hash.txt');
  const now = schemaHash(root);
  const before = existsSync(mark) ? readFileSync(mark, 'utf8') : undefined;
  if (before === now) return false;
  rmSync(join(cacheDir, 'data-store.json'), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(mark, now);
  return before !== undefined;
}
