/** Entries for unit tests, with only the fields a test needs (the rest of the schema is left out). */
import type { Collection, EntryData, EntryLike } from '../../src/lib/entries.ts';

/** An entry of `collection` holding only `data`'s fields. */
export const entry = <C extends Collection>(collection: C, id: string, data: Partial<EntryData[C]>) => ({ collection, id, data }) as unknown as EntryLike<C>;
