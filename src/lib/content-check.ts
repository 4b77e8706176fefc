/**
 * The content check that runs before Astro reads a single file (and as the first step of
 * `npm run check`). It looks at every file under the content root, so one run reports
 * every mistake with its file and line:
 *
 * - the file is in a collection, with the collection's extension and a kebab-case name;
 * - its YAML (a .yaml file, or an .mdx file's frontmatter) parses;
 * - its data matches the collection's schema (src/lib/schemas.ts);
 * - an .mdx file's body stays within the safe subset of MDX (src/lib/safe-mdx.ts);
 * - a source record keeps the guide's provenance and ownership rules (src/lib/source-rules.ts);
 * - with the prose pass, once every file passes: the knowledge graph's checks and the
 *   content audit on all the entries at once (src/lib/graph-check.ts, src/lib/audit.ts),
 *   the same the build runs on Astro's entries (src/data/site-graph.ts).
 *
 * It runs first because MDX is code: an unsafe file must be refused before it is
 * compiled, and Astro's own schema errors name neither the line nor more than one entry.
 */
import { LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from './content-error.ts';
import { lineOfPath } from './field-lines.ts';
import { formatFieldPath } from './field-path.ts';
import { frontmatterBody, isDraft, splitFrontmatter, yamlOf } from './frontmatter.ts';
import { didYouMean } from './suggest.ts';
import { pageSections } from './corrections.ts';
import { checkMdx } from './safe-mdx.ts';
import type { Root } from 'mdast';
import { sourceRuleProblems, type SourceFacts } from './source-rules.ts';
import { collectionSchemas, COLLECTION_FORMATS, plainRef, type CollectionName } from './schemas.ts';
import { auditEntries } from './audit.ts';
import { isEntityCollection, keyOf, type EntryLike } from './entries.ts';
import type { ProseData } from './graph-index.ts';

/** A file under the content root. */
export interface ContentFile {
  /** Path from the project root, e.g. `content/weapons/nasams.mdx`. */
  path: string;
  text: string;
}

/** What the check found. */
export interface ContentCheck {
  problems: ContentProblem[];
  /** The entries the build will load (every file that is not a draft), as the schemas give their data. */
  entries: EntryLike[];
  /** Files marked `draft: true`: checked, but not published. */
  drafts: string[];
}

const COLLECTIONS = Object.keys(COLLECTION_FORMATS) as CollectionName[];
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const and = new Intl.ListFormat('en-GB');
/** Which collections are written in which format: "actors, weapons and claims are .mdx; …". */
const FORMATS = (['mdx', 'yaml'] as const).map((f) => `${and.format(COLLECTIONS.filter((c) => COLLECTION_FORMATS[c] === f))} are .${f}`).join('; ');
const schemas = collectionSchemas(plainRef);

/** The file name a contributor probably meant: lower case, words joined by dashes. */
export function kebabCase(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The fields of the object at a path of a schema (under optionals, defaults and lists), or undefined. */
function shapeAt(schema: unknown, path: ReadonlyArray<PropertyKey>): Record<string, unknown> | undefined {
  let s = schema as { shape?: Record<string, unknown>; unwrap?: () => unknown; element?: unknown; def?: { innerType?: unknown; in?: unknown } };
  const unwrap = () => {
    for (let i = 0; i < 5 && !s.shape && !s.element; i++) {
      const inner = s.def?.innerType ?? s.def?.in;
      if (!inner) break;
      s = inner as typeof s;
    }
  };
  unwrap();
  for (const key of path) {
    if (typeof key === 'number' && s.element) s = s.element as typeof s;
    else if (s.shape && typeof key === 'string' && s.shape[key]) s = s.shape[key] as typeof s;
    else return undefined;
    unwrap();
  }
  return s.shape;
}

/** The allowed field names at a path of a schema, for "did you mean" suggestions. */
function fieldsAt(schema: unknown, path: ReadonlyArray<PropertyKey>): string[] {
  return Object.keys(shapeAt(schema, path) ?? {});
}

/** The fields an entry of a collection cannot leave out. */
function requiredFields(collection: CollectionName): string[] {
  const shape = (shapeAt(schemas[collection], []) ?? {}) as Record<string, { safeParse: (v: unknown) => { success: boolean } }>;
  return Object.keys(shape).filter((key) => !shape[key]!.safeParse(undefined).success);
}

/** What the schema says goes in the field at a path (its `.meta({ description })`), if it says. */
function descriptionAt(schema: unknown, path: ReadonlyArray<PropertyKey>): string | undefined {
  const field = shapeAt(schema, path.slice(0, -1))?.[String(path.at(-1))] as { meta?: () => { description?: string } | undefined } | undefined;
  return field?.meta?.()?.description;
}

/**
 * Where a file outside the collections belongs: the one collection of its format whose
 * schema takes its data, named in full, or else the pattern, with its own name as the id.
 */
function moveFix(prefix: string, name: string, ext: string, text: string): string {
  const id = kebabCase(ext ? name.slice(0, -(ext.length + 1)) : name) || '<id>';
  const found = yamlOf(text);
  const doc = found && parseDocument(found.yaml);
  const data: unknown = doc && !doc.errors.length ? doc.toJS() : undefined;
  const homes = COLLECTIONS.filter((c) => COLLECTION_FORMATS[c] === ext && schemas[c].safeParse(data).success);
  return homes.length === 1
    ? `Move it to ${prefix}${homes[0]}/${id}.${ext} (it has the fields of ${homes[0]}), or delete it.`
    : `Move it to ${prefix}<collection>/${id}.<mdx|yaml> (${FORMATS}), or delete it.`;
}

/** Checks one data file or frontmatter against its collection's schema. */
/**
 * A correction's `section` must be a section of its page, so the note's link lands there.
 * `sections` is undefined for collections whose entries have no sections of their own.
 */
function sectionProblems(file: string, data: unknown, sections: Map<string, string>, at: (path: PropertyKey[]) => number): ContentProblem[] {
  const notes = (data as { corrections?: Array<{ section?: unknown }> }).corrections ?? [];
  return notes.flatMap((note, i) =>
    typeof note.section === 'string' && !sections.has(note.section)
      ? [
          {
            file,
            line: at(['corrections', i, 'section']),
            field: `corrections[${i}].section`,
            problem: `the correction's section "${note.section}" is not a section of this page.`,
            fix: `Use the id of one of its sections: ${[...sections.keys()].join(', ')}; or leave section out to link to the page's corrections.`,
            rule: 'content/correction-section',
          },
        ]
      : [],
  );
}

function checkData(
  file: string,
  collection: CollectionName,
  yaml: string,
  firstLine: number,
  sections?: Map<string, string>,
): { problems: ContentProblem[]; draft: boolean; data?: unknown } {
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number) => lines.linePos(offset).line + firstLine - 1;
  if (doc.errors.length) {
    return {
      draft: false,
      problems: doc.errors.map((e) => ({
        file,
        line: at(e.pos[0]),
        problem: `the YAML does not parse: ${e.message.split('\n')[0]}`,
        fix: 'Check the indentation and the quotes on this line; put text containing ": " or "#" in quotes.',
        rule: 'yaml/syntax',
      })),
    };
  }
  const data: unknown = doc.toJS() ?? {};
  const draft = isDraft(data);
  const parsed = schemas[collection].safeParse(data);
  if (parsed.success) {
    // A draft is not published and its sections may not be written yet (the template has none).
    const sectionRules = sections && !draft ? sectionProblems(file, data, sections, (path) => lineOfPath(doc.contents, path, lines, 1) + firstLine - 1) : [];
    // A source that matches its schema is held to the guide's provenance and ownership rules.
    const rules = collection === 'sources' ? sourceRuleProblems(parsed.data as SourceFacts) : [];
    return {
      problems: [...sectionRules, ...rules.map((p) => ({ file, line: lineOfPath(doc.contents, [p.field], lines, 1) + firstLine - 1, ...p }))],
      draft,
      data: parsed.data,
    };
  }
  const problems = parsed.error.issues.map((issue): ContentProblem => {
    const line = lineOfPath(doc.contents, issue.path, lines, 1) + firstLine - 1;
    if (issue.code === 'unrecognized_keys') {
      const known = fieldsAt(schemas[collection], issue.path);
      const key = issue.keys[0]!;
      const keyLine = lineOfPath(doc.contents, [...issue.path, key], lines, 1) + firstLine - 1;
      return {
        file,
        line: keyLine,
        field: formatFieldPath([...issue.path, key]),
        problem: `unknown field "${key}".`,
        fix: didYouMean(key, known, `The fields here are: ${known.join(', ')}.`, 1),
        rule: 'schema/unknown-field',
      };
    }
    const missing = / is missing/.test(issue.message);
    const description = descriptionAt(schemas[collection], issue.path)?.replace(/\.$/, '');
    const what = description ? ` (${description})` : '';
    return {
      file,
      line,
      field: formatFieldPath(issue.path),
      problem: issue.message,
      fix: missing
        ? `Add "${String(issue.path.at(-1))}:" with its value${what}; \`npm run new\` writes every field with a comment on what goes there.`
        : `Correct the value${what}; CONTRIBUTING.md describes every field.`,
      rule: missing ? 'schema/missing-field' : 'schema/invalid-value',
    };
  });
  return { problems, draft };
}

/**
 * The prose pass, given by the caller (src/plugins/prose-check.ts `proseChecker`): what the
 * build's remark plugins would refuse in an MDX file's prose, and in its frontmatter text.
 */
export interface ProseChecker {
  /** The problems in an MDX file's prose, and what the plugins record of it (citations, links, terms) for the graph. */
  prose(path: string, tree: Root, text: string): { problems: ContentProblem[]; data: ProseData };
  frontmatter(path: string, yaml: string, firstLine: number): ContentProblem[];
  /** Source ids that the site's own pages (outside the collections) cite: the audit counts them as cited. */
  citedElsewhere: ReadonlySet<string>;
}

/**
 * Checks every file under `root` (paths in `files` start with `root/`). With `prose`, it
 * also checks what the build's remark plugins would refuse, in every file at once, and,
 * when no file has a problem, what the build's graph checks and audit would refuse.
 */
export function checkContentFiles(files: ContentFile[], root: string, prose?: ProseChecker): ContentCheck {
  const problems: ContentProblem[] = [];
  const drafts: string[] = [];
  // What the build would load: every entry that is not a draft, and its prose data.
  const entries: EntryLike[] = [];
  const proseData = new Map<string, ProseData>();
  const prefix = `${root.replace(/\/+$/, '')}/`;
  for (const { path, text } of files) {
    const rel = path.startsWith(prefix) ? path.slice(prefix.length) : path;
    const parts = rel.split('/');
    if (parts.some((p) => p.startsWith('.'))) continue; // .gitkeep, editor files
    if (rel === 'README.md') continue; // a note to contributors about the folder
    const collection = parts[0] as CollectionName;
    const format = COLLECTION_FORMATS[collection];
    const name = parts.at(-1)!;
    const ext = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
    if (!format || parts.length !== 2 || ext !== format) {
      const where =
        format && ext !== format
          ? `${collection} are written as .${format} files`
          : `content files live directly in ${COLLECTIONS.map((c) => `${c}/`).join(', ')}`;
      problems.push({
        file: path,
        problem: `the file is outside the known collections, so the build would ignore it: ${where}.`,
        fix: moveFix(prefix, name, ext, text),
        rule: 'content/unknown-file',
      });
      continue;
    }
    const id = name.slice(0, -(format.length + 1));
    if (!KEBAB.test(id)) {
      problems.push({
        file: path,
        problem: `the file name "${name}" is not a kebab-case id; ids are file names and appear in URLs.`,
        fix: `Rename it to ${kebabCase(id) || 'a-name-like-this'}.${format} (lower case letters and digits joined by dashes).`,
        rule: 'content/file-name',
      });
    }
    let yaml = text;
    let firstLine = 1;
    let sections: Map<string, string> | undefined;
    let body: string | undefined;
    let pageData: ProseData | undefined;
    if (format === 'mdx') {
      const fm = splitFrontmatter(text);
      if (!fm) {
        problems.push({
          file: path,
          line: 1,
          problem: 'the file has no frontmatter.',
          fix: `Start the file with its fields between two lines of "---" (${collection} need ${and.format(requiredFields(collection))}); \`npm run new\` writes a complete file to start from.`,
          rule: 'schema/no-frontmatter',
        });
        continue;
      }
      ({ yaml, firstLine } = fm);
      const proseProblems: ContentProblem[] = [];
      const onTree = (tree: Root, parsed: string) => {
        const found = prose!.prose(path, tree, parsed);
        proseProblems.push(...found.problems);
        pageData = found.data;
      };
      problems.push(...checkMdx(path, text, prose && onTree));
      problems.push(...proseProblems);
      body = frontmatterBody(text, fm);
      sections = pageSections(collection, body);
    }
    const data = checkData(path, collection, yaml, firstLine, sections);
    problems.push(...data.problems);
    // A page's frontmatter text (title, summary, claim…) is shown on the page like its prose.
    if (prose && format === 'mdx') problems.push(...prose.frontmatter(path, yaml, firstLine));
    if (data.draft) drafts.push(path);
    else if (data.data) {
      // The schema's output has the shape of the collection's data (references as { collection, id }), as Astro's has.
      const entry = { id, collection, filePath: path, body, data: data.data } as EntryLike;
      entries.push(entry);
      if (pageData && isEntityCollection(collection)) proseData.set(keyOf(entry), pageData);
    }
  }
  // The graph's checks need every entry: with a file refused, they would only report its absence.
  if (prose && !problems.length) {
    const texts = new Map(files.map((f) => [f.path, f.text]));
    problems.push(...auditEntries(entries, proseData, (file) => texts.get(file), prose.citedElsewhere));
  }
  return { problems, drafts, entries };
}
