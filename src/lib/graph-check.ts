/**
 * The knowledge graph's checks, run before it is indexed: no two entities share an id, a
 * title or an alias; every reference resolves; a glossary entry's `entity` names a real
 * page. Astro alone only logs a bad reference; these fail the build, naming the file,
 * the line and the field.
 */
import { problemIn, type ContentProblem } from './content-error.ts';
import { fileOf, findRefs, isEntity, titleOf, type Collection, type EntryLike, type FoundRef } from './entries.ts';
import { nameKey } from './names.ts';
import { NEW_ENTRY_TYPES } from './schemas.ts';
import { didYouMean } from './suggest.ts';
import { ENTITY_COLLECTIONS } from './vocabulary.ts';

const and = new Intl.ListFormat('en-GB');

/** Where a name came from: the entity that claims it, and the field it is in. */
export interface NameClaim {
  entry: EntryLike;
  field: string;
  name: string;
}

/** What the checks leave for indexing: every entry by collection and id, every name, every reference. */
export interface CheckedEntries {
  byCollection: Map<Collection, Map<string, EntryLike>>;
  /** Name key (see nameKey) → the entity it belongs to. */
  names: Map<string, NameClaim>;
  refs: Map<EntryLike, FoundRef[]>;
}

type ReadText = (file: string) => string | undefined;

/**
 * Indexes the names of every entity and reports names claimed twice. Ids, titles and
 * aliases share one namespace, because a wikilink or a search for any of them must land
 * on exactly one page.
 */
export function checkNames(entries: readonly EntryLike[], readText: ReadText): { names: Map<string, NameClaim>; problems: ContentProblem[] } {
  const names = new Map<string, NameClaim>();
  const problems: ContentProblem[] = [];
  for (const e of entries) {
    if (!isEntity(e)) continue;
    const aliases = e.data.aliases ?? [];
    const claimed: Array<[string, string]> = [['id', e.id], ['title', titleOf(e)], ...aliases.map((a, i): [string, string] => [`aliases[${i}]`, a])];
    const own = new Set<string>();
    for (const [field, name] of claimed) {
      const key = nameKey(name);
      if (!key || own.has(key)) continue;
      own.add(key);
      const prior = names.get(key);
      if (!prior) {
        names.set(key, { entry: e, field, name });
        continue;
      }
      const what = field === 'id' ? 'id' : field === 'title' ? 'title' : 'alias';
      const problem = `the ${what} "${name}" is already claimed by ${fileOf(prior.entry)} (its ${prior.field} "${prior.name}").`;
      const fix =
        field === 'id'
          ? `Rename one of the two files (ids are file names and must be unique across ${and.format(ENTITY_COLLECTIONS)}), then link the renamed page from a related page with [[<its new id>]]: [[${name}]] leads to the other.`
          : `Remove "${name}" from one of the two files, or make it more specific so each name leads to one page.`;
      problems.push(problemIn(fileOf(e), readText, field === 'id' ? { problem, fix } : { field, problem, fix }));
    }
  }
  return { names, problems };
}

/** Reports references to entries that do not exist, and glossary terms whose `entity` is no page. */
export function checkReferences(
  entries: readonly EntryLike[],
  byCollection: CheckedEntries['byCollection'],
  names: ReadonlyMap<string, NameClaim>,
  readText: ReadText,
): { refs: Map<EntryLike, FoundRef[]>; problems: ContentProblem[] } {
  const refs = new Map<EntryLike, FoundRef[]>();
  const problems: ContentProblem[] = [];
  for (const e of entries) {
    const found = findRefs(e.data);
    refs.set(e, found);
    for (const ref of found) {
      const known = byCollection.get(ref.collection)!;
      if (known.has(ref.id)) continue;
      problems.push(
        problemIn(fileOf(e), readText, {
          field: ref.field,
          problem: `"${ref.id}" is not an entry of the ${ref.collection} collection.`,
          fix: didYouMean(
            ref.id,
            [...known.keys()],
            `Use the id (file name without extension) of a file in content/${ref.collection}/; for a new one, run npm run new -- ${NEW_ENTRY_TYPES[ref.collection]} "<its name>", fill it in, delete its draft: true line and use the id it prints.`,
          ),
        }),
      );
    }
    if (e.collection === 'glossary' && e.data.entity !== undefined && !names.has(nameKey(e.data.entity))) {
      const entity = e.data.entity;
      const problem = `"${entity}" is not the id or alias of any actor, weapon or claim page.`;
      problems.push(
        problemIn(fileOf(e), readText, { field: 'entity', problem, fix: 'Use the id of an existing page, or remove the field if the term has no page.' }),
      );
    }
  }
  return { refs, problems };
}
