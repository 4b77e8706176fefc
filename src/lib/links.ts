/** Links between entries, resolved through the graph so their text is always the target's title. */
import { titleOf, type Collection, type EntryLike, type EntryMap, type Ref } from './entries.ts';
import type { Graph } from './graph.ts';
import { entryUrl } from './urls.ts';

/** A resolved link. */
export interface Link {
  href: string;
  text: string;
}

/** The link to an entry: its URL, and its title as text. */
export function entryLink(entry: EntryLike): Link {
  return { href: entryUrl(entry.collection, entry.id), text: titleOf(entry) };
}

/** The link to the entry a reference points to. */
export function linkTo<M extends EntryMap>(graph: Graph<M>, ref: Ref): Link {
  return entryLink(graph.deref(ref as Ref & { collection: Collection }));
}

/**
 * The link to an entry that cites a source, as the source list names it: pages by title,
 * events and glossary terms with what they are ("Timeline: …", "Glossary: …").
 */
export function citerLink(entry: EntryLike): Link {
  const link = entryLink(entry);
  const prefix = entry.collection === 'events' ? 'Timeline: ' : entry.collection === 'glossary' ? 'Glossary: ' : '';
  return { ...link, text: `${prefix}${link.text}` };
}

/** Numbers a page's sources 1, 2, 3… in the order given, for citation marks. */
export function sourceNumbers(sources: readonly { id: string }[]): Map<string, number> {
  return new Map(sources.map((s, i) => [s.id, i + 1]));
}
