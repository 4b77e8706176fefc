/**
 * Reads every file under the content root: for the content check (src/lib/content-check.ts),
 * including files in the wrong place, which the check reports, and for the plugins'
 * indexes (content-index.ts). The one walk of the content folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFile } from '../lib/content-check.ts';
import { settings } from '../lib/settings.ts';

/** Every file under the content root, with paths from the project root and `/` separators. */
export function readContentFiles(root = settings().contentDir): ContentFile[] {
  let names: string[];
  try {
    names = readdirSync(root, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isFile())
    .sort()
    .map((path) => ({ path: path.split('\\').join('/'), text: readFileSync(path, 'utf8') }));
}
