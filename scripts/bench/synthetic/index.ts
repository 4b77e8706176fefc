/**
 * Synthetic content for the scale benchmark (`npm run bench`, scripts/bench.ts): a valid
 * content set of any size, shaped like the real one. Pure and deterministic apart from
 * reading the support files: the same `n` and `seed` always give the same files, byte for byte.
 *
 * `syntheticContent(n)` returns `n` entity pages (half actors, a quarter weapon systems,
 * a quarter claims) and what they need to pass the content check and the content audit:
 *
 * - sources (one per page, so every source is cited: page i cites source i in its prose,
 *   plus four to six others), from a pool of made-up publishers (sources.ts);
 * - events (one per eight pages), each naming a few pages and citing sources (events.ts);
 * - {@link SYNTHETIC_TERM_COUNT} made-up all-capitals glossary terms used in the prose
 *   (glossary.ts), plus the sources and terms the site's own /about/ page cites and uses,
 *   read from tests/fixtures/base/ (support.ts).
 *
 * Each page has frontmatter like a real page (actors.ts, weapons.ts, claims.ts), and about
 * 600 words of prose in four or five `##` sections, with wikilinks by id, by alias and with
 * their own text, citations and acronyms (prose.ts). Every page is linked from another
 * (pages.ts). Names are unique after nameKey folding, plain, never all capitals and never a
 * placeholder word (namer.ts). Paths are relative to the content root, e.g.
 * `actors/varek-dolmano.mdx`.
 */
import { parse as parseYaml } from 'yaml';
import type { EntryMap } from '../../../src/lib/entries.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { collectionSchemas, plainRef, type CollectionName } from '../../../src/lib/schemas.ts';
import type { EntityCollection } from '../../../src/lib/vocabulary.ts';
import { makeEntities } from './entities.ts';
import { makeEvents } from './events.ts';
import { makeTerms } from './glossary.ts';
import type { SyntheticFile, World } from './model.ts';
import { Namer } from './namer.ts';
import { makePages } from './pages.ts';
import { Random } from './random.ts';
import { makePublishers, makeSources } from './sources.ts';
import { SUPPORT_FILES, SUPPORT_TERMS } from './support.ts';

export type { SyntheticFile } from './model.ts';
export { SYNTHETIC_TERM_COUNT } from './glossary.ts';
export { SUPPORT_TERM_COUNT } from './support.ts';

/** How many pages of each kind `n` pages make: ≈ 50% actors, 25% weapons, 25% claims. */
export function syntheticMix(n: number): Record<EntityCollection, number> {
  const actors = Math.ceil(n / 2);
  const weapons = Math.floor(n / 4);
  return { actors, weapons, claims: n - actors - weapons };
}

/** Generates a content set of `n` entity pages and everything they need; see the module comment. */
export function syntheticContent(n: number, seed: number | string = 1): SyntheticFile[] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`syntheticContent: n must be a positive integer, not ${n}`);
  const r = new Random(seed);
  const namer = new Namer(r);
  const countries = Array.from({ length: Math.min(200, Math.max(8, Math.round(n / 40))) }, () => namer.country());
  const places = Array.from({ length: Math.max(20, Math.round(n / 10)) }, () => namer.madeUp(2, 3));
  const entities = makeEntities(r, namer, countries, syntheticMix(n));
  const actors = entities.filter((e) => e.collection === 'actors');
  const weapons = entities.filter((e) => e.collection === 'weapons');
  const publishers = makePublishers(r, namer, n);
  const bibliography = makeSources(r, publishers, places, countries, Math.max(n, 2));
  const { sources } = bibliography;
  const glossary = makeTerms(r, SUPPORT_TERMS, weapons, sources, places);
  const world: World = {
    r,
    namer,
    countries,
    places,
    entities,
    actors,
    weapons,
    publishers,
    sources,
    publisherOf: new Map(sources.map((s) => [s.id, s.publisher])),
    terms: glossary.terms,
  };
  const files = [...bibliography.files, ...glossary.files, ...makePages(world), ...makeEvents(world, n), ...SUPPORT_FILES];
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The entries of a synthetic content set as the content check reads them (each file's data
 * through its collection's schema), for tests that need the graph without a build.
 */
export function syntheticEntries(files: readonly SyntheticFile[]): EntryMap[keyof EntryMap][] {
  const schemas = collectionSchemas(plainRef);
  return files.map((f) => {
    const collection = f.path.split('/')[0] as CollectionName;
    const yaml = f.path.endsWith('.mdx') ? splitFrontmatter(f.text)!.yaml : f.text;
    return { collection, id: f.path.split('/')[1]!.replace(/\.(mdx|yaml)$/, ''), data: schemas[collection].parse(parseYaml(yaml)) };
  }) as EntryMap[keyof EntryMap][];
}
