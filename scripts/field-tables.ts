/**
 * `npm run docs:fields`: rewrites CONTRIBUTING.md's tables of the fields of each content
 * file from the schemas' descriptions (scripts/lib/field-tables.ts). Run it after changing
 * a field or its description; the unit tests fail until it is run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withFieldTables } from './lib/field-tables.ts';

const FILE = 'CONTRIBUTING.md';
const before = readFileSync(FILE, 'utf8');
const after = withFieldTables(before);
if (after === before) console.log(`${FILE}: the field tables are up to date.`);
else {
  writeFileSync(FILE, after);
  console.log(`${FILE}: the field tables were rewritten from src/lib/schemas/.`);
}
