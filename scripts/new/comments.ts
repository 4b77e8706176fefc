/**
 * The comment lines of `npm run new`'s templates, made from the schemas' field
 * descriptions (scripts/lib/schema-docs.ts), so a template says exactly what the schema
 * says and cannot drift from it.
 */
import type { CollectionName } from '../../src/lib/schemas.ts';
import { fieldDescription } from '../lib/schema-docs.ts';

/** The comments for the fields of one collection. */
export interface FieldComments {
  /** `# <description>`, the line above a field. */
  above(path: string): string;
  /** The description shortened for the end of an example line: "the position" for "The position, e.g. …". */
  after(path: string): string;
}

/** The comments of a collection's fields. */
export function commentsFor(collection: CollectionName): FieldComments {
  const text = (path: string) => fieldDescription(collection, path);
  return {
    above: (path) => `# ${text(path)}`,
    after: (path) => {
      // The example is on the line itself, so the description's own example is left out.
      const short = text(path).split(', e.g. ')[0]!.replace(/\.$/, '');
      return short.charAt(0).toLowerCase() + short.slice(1);
    },
  };
}

/** A YAML string: JSON's double-quoted strings are valid YAML and escape what needs it. */
export const q = (s: string) => JSON.stringify(s);

/** The allowed values of a choice, for a comment. */
export const oneOf = (values: readonly string[]) => `one of ${values.join(', ')}`;

/** The first line of every template. */
export const DRAFT = 'draft: true # A draft is checked but not published; delete this line when every TODO is done.';

/** Comment lines showing the aliases field, with its description. */
export function aliasLines(c: FieldComments, ...examples: string[]): string[] {
  return [c.above('aliases'), '# aliases:', ...examples.map((a) => `#   - ${q(a)}`)];
}

/** Comment lines showing a name in its own script, with its language tag, transliteration and source. */
export function nativeNameLines(c: FieldComments, example: { name: string; lang: string; transliteration: string; source: string }): string[] {
  return [
    c.above('nativeNames'),
    '# nativeNames:',
    `#   - name: ${q(example.name)} # ${c.after('nativeNames.name')}`,
    `#     lang: ${q(example.lang)} # ${c.after('nativeNames.lang')}`,
    `#     transliteration: ${q(example.transliteration)} # ${c.after('nativeNames.transliteration')}`,
    `#     sources: # ${c.after('nativeNames.sources')}`,
    `#       - ${q(example.source)}`,
  ];
}

/** Comment lines showing a descriptive name with its context and source. */
export function descriptiveNameLines(c: FieldComments, example: { name: string; context: string; source: string }): string[] {
  return [
    c.above('descriptiveNames'),
    '# descriptiveNames:',
    `#   - name: ${q(example.name)} # ${c.after('descriptiveNames.name')}`,
    `#     context: ${q(example.context)} # ${c.after('descriptiveNames.context')}`,
    `#     sources: # ${c.after('descriptiveNames.sources')}`,
    `#       - ${q(example.source)}`,
  ];
}

/** Comment lines showing a list of ids, e.g. `# partOf:` then `#   - "us-department-of-defense"`. */
export function idListLines(c: FieldComments, field: string, ...ids: string[]): string[] {
  return [c.above(field), `# ${field}:`, ...ids.map((id) => `#   - ${q(id)}`)];
}

/** Comment lines showing a statement (a claimant or denier) as a list item. */
export function statementLines(c: FieldComments, field: 'claimants' | 'deniers', s: { actor: string; date: string; said: string; source: string }): string[] {
  return [
    `#   - actor: ${q(s.actor)} # ${c.after(`${field}.actor`)}`,
    `#     date: ${s.date} # ${c.after(`${field}.date`)}`,
    `#     said: ${q(s.said)} # ${c.after(`${field}.said`)}`,
    `#     sources: # ${c.after(`${field}.sources`)}`,
    `#       - ${q(s.source)}`,
  ];
}

/**
 * The MDX body: how to write the prose, then the one paragraph to replace. MDX allows
 * exactly one block comment per {…}, and no braces or comment end inside it.
 */
export const body = (id: string, todo: string) => `
{/*
  How to write this page (CONTRIBUTING.md has the whole guide). Other pages link here with [[${id}]].
  - Start sections at ## (the title is the page's only # heading), e.g. ## In the story,
    ## Background, ## What is known, and what is not, ## Later developments.
  - Link to another page with [[id]] or [[id|shown text]], e.g. [[patrick-ryder|Patrick S. Ryder]].
  - Cite the source of every fact right after it with [@source-id], or [@one-id; @other-id].
  - Write acronyms plainly (NASAMS, not <abbr>): each is defined once in content/glossary/
    and explained wherever it appears.
  - Components need no import: <Aside title="…">a note readers may skip</Aside>,
    <Figure src="/images/….jpg" alt="…" width="1200" height="800" caption="… Photo: author (licence)" />
    for an image saved under public/images/, and <Quote by="name, role">quotation [@source-id]</Quote>.
  - No imports, no JavaScript, and no HTML beyond <br>, <sub>, <sup> and <span lang="…">.
  You may delete this comment when the page is written.
*/}

TODO: ${todo}
`;

/** The corrections log, commented out: a new page has none; a correction is added when a published fact changes. */
export function correctionLines(c: FieldComments): string[] {
  return [
    c.above('corrections'),
    '# corrections:',
    `#   - date: 2026-12-01 # ${c.after('corrections.date')}`,
    `#     kind: "correction" # ${c.after('corrections.kind')}`,
    `#     section: "evidence" # ${c.after('corrections.section')}`,
    `#     text: "The page said 12 September; the briefing was on 10 September." # ${c.after('corrections.text')}`,
    `#     sources: # ${c.after('corrections.sources')}`,
    '#       - "kyiv-independent-2022-11-08-nasams-delivered"',
  ];
}
