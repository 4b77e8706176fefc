/** Links between entries, resolved through the graph so their text is always the target's title. */
import { titleOf, type Collection, type EntryMap, type Graph, type Ref } from './graph.ts';
import { entryUrl } from './urls.ts';

/** A resolved link. */
export interface Link {
  href: string;
  text: string;
}

/** The link to the entry a reference points to. */
export function linkTo<M extends EntryMap>(graph: Graph<M>, ref: Ref): Link {
  const entry = graph.deref(ref as Ref & { collection: Collection });
  return { href: entryUrl(entry.collection as Collection, entry.id), text: titleOf(entry) };
}

/** Numbers a page's sources 1, 2, 3… in the order given, for citation marks. */
export function sourceNumbers(sources: readonly { id: string }[]): Map<string, number> {
  return new Map(sources.map((s, i) => [s.id, i + 1]));
}

