/** The shapes the synthetic generators share: files, pages, sources, terms and the world they live in. */
import type { ActorKind, EntityCollection } from '../../../src/lib/vocabulary.ts';
import type { Namer } from './namer.ts';
import type { Random } from './random.ts';

/** One generated file: its path below the content root and its text. */
export interface SyntheticFile {
  path: string;
  text: string;
}

/** An actor, weapon or claim page, before its frontmatter and prose are written. */
export interface Entity {
  collection: EntityCollection;
  id: string;
  title: string;
  aliases: string[];
  /** A short way to refer to it in running text ("the ministry"), for `[[id|text]]` links. */
  short: string;
  kind?: ActorKind;
  country?: string;
  /** Index in the list of all pages, for the ring of links. */
  index: number;
}

/** A made-up publisher. */
export interface Publisher {
  name: string;
  /** Its source kind (vocabulary.ts's SOURCE_KINDS). */
  kind: string;
  /** Its name in kebab case, the first part of its sources' ids. */
  slug: string;
}

/** A source: its id and the index of its publisher. */
export interface Source {
  id: string;
  publisher: number;
}

/** A glossary term: its id (the file name) and how it is written. */
export interface Term {
  id: string;
  term: string;
}

/** What every generator may draw on: the random stream, the names taken, and what exists so far. */
export interface World {
  r: Random;
  namer: Namer;
  countries: string[];
  places: string[];
  /** Every page, actors first, then weapons, then claims. */
  entities: Entity[];
  actors: Entity[];
  weapons: Entity[];
  publishers: Publisher[];
  sources: Source[];
  /** The publisher index of each source, by source id. */
  publisherOf: Map<string, number>;
  terms: Term[];
}
