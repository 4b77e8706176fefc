/**
 * The support files every content set carries: the sources the site's own /about/ page
 * (src/pages/about.mdx) cites and the glossary terms it uses. They are read from the small
 * valid fixture set, tests/fixtures/base/, as data, so the two never drift apart.
 */
import { readFileSync } from 'node:fs';
import { parse, parseDocument } from 'yaml';
import type { SyntheticFile } from './model.ts';

const BASE = new URL('../../../tests/fixtures/base/', import.meta.url);

/** The support files, by path below the content root. */
const SUPPORT_PATHS = [
  'sources/digitaltveurope-2012-01-23-press-tv-licence.yaml',
  'sources/presstv-2022-11-09-pentagon-no-evidence-iran-missiles.yaml',
  'sources/rt-2022-11-08-us-cannot-confirm-kiev-claims.yaml',
  'sources/sofia-globe-2022-03-02-eu-sanctions-rt-sputnik.yaml',
  'glossary/eu.yaml',
  'glossary/nasams.yaml',
  'glossary/rt.yaml',
  'glossary/uk.yaml',
];

/**
 * A fixture file as the synthetic set needs it: a term's `entity` is dropped, because the
 * page it names (weapons/nasams) is in the fixture set but not in the synthetic one.
 */
function supportFile(path: string): SyntheticFile {
  const doc = parseDocument(readFileSync(new URL(path, BASE), 'utf8'));
  if (path.startsWith('glossary/')) doc.delete('entity');
  return { path, text: doc.toString() };
}

/** The support files, read once. */
export const SUPPORT_FILES: readonly SyntheticFile[] = SUPPORT_PATHS.map(supportFile);

/** The terms the support files define, which made-up terms must not repeat. */
export const SUPPORT_TERMS: readonly string[] = SUPPORT_FILES.filter((f) => f.path.startsWith('glossary/')).map(
  (f) => (parse(f.text) as { term: string }).term,
);

/** How many glossary files the support set adds to the made-up terms. */
export const SUPPORT_TERM_COUNT = SUPPORT_TERMS.length;
