/**
 * Search as the site runs it in the browser, for the search page and the header's panel:
 * Pagefind (loaded from the bundle address the page names, so it works under any base
 * path) with the query folded across scripts (src/lib/native-names.ts), the names layer
 * (src/lib/search-names.ts) fetched shard by shard to put the page a query names first and
 * to correct a misspelt name, and results whose fragments are loaded only when shown.
 */
import { foldScript } from '../lib/native-names.ts';
import { closestName, pinPage, shardFor, type NamedPage, type SearchNames } from '../lib/search-names.ts';
import { nameKey } from '../lib/names.ts';

/**
 * Results on the first screen, on the search page and in the header's panel: a phone shows
 * about three, and each costs its fragment (2–4 KB) in the first search's bytes.
 */
export const FIRST_RESULTS = 3;

/** What Pagefind says about one result page. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: Array<{ title: string; url: string; excerpt: string }>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  preload(q: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o: object): Promise<{ results: Array<{ data(): Promise<ResultData> }>; filters: Record<string, Record<string, number>> } | null>;
}

/** The addresses search needs, from the page (built there with src/lib/urls.ts's href()). */
export interface SearchAddresses {
  /** The Pagefind bundle folder, e.g. "/pagefind/". */
  bundle: string;
  /** The names layer folder, e.g. "/search-names/". */
  names: string;
  /** The site's base path, e.g. "/". */
  base: string;
}

/** The results of one search, in order, with what was searched. */
export interface Outcome {
  /** The query Pagefind ran: the reader's, or the name it was corrected to. */
  searched: string;
  /** When a misspelt name was corrected, the page it is taken to mean. */
  corrected?: NamedPage;
  /** How many pages Pagefind found. */
  total: number;
  filters: Record<string, Record<string, number>>;
  /** Loads the next `n` results (a page the query names comes first); empty when there are no more. */
  more(n: number): Promise<ResultData[]>;
}

/** Search, loaded: Pagefind ready, the names layer's list of shards fetched. */
export interface Engine {
  /** The filter values of the whole site, with their counts. */
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: { filters?: Record<string, { any: string[] }>; literal?: boolean }): Promise<Outcome | null>;
}

/** A page the query names, as a result, when Pagefind's first results do not hold it. */
const namedResult = (page: NamedPage): ResultData => ({
  url: page.url,
  excerpt: '',
  meta: { title: page.title },
  filters: { type: [page.type] },
  sub_results: [],
});

/** Loads Pagefind and the names layer's shard list; rejects when Pagefind cannot load. */
export async function loadEngine(at: SearchAddresses): Promise<Engine> {
  // Exact names rank their page first; search works without them.
  const prefixes: Promise<string[]> = fetch(`${at.names}index.json`).then(
    (r) => (r.ok ? r.json() : []),
    () => [],
  );
  const shards = new Map<number, Promise<SearchNames>>();
  const shardOf = async (key: string): Promise<SearchNames> => {
    const i = shardFor(await prefixes, key);
    if (i < 0) return {};
    if (!shards.has(i))
      shards.set(
        i,
        fetch(`${at.names}${i}.json`).then(
          (r) => (r.ok ? r.json() : {}),
          () => ({}),
        ),
      );
    return shards.get(i)!;
  };
  const pagefind = (await import(/* @vite-ignore */ `${at.bundle}pagefind.js`)) as Pagefind;
  // baseUrl: Pagefind's result URLs are paths in dist/; the base path goes in front.
  // names: the folded native names of a page (NativeNamesRow.astro), weighted as its title.
  // noWorker: searching this index on the main thread takes a few milliseconds, and the
  // worker's script would add 12 KB to every first search.
  await pagefind.options({
    excerptLength: 24,
    highlightParam: 'highlight',
    baseUrl: at.base,
    noWorker: true,
    ranking: { metaWeights: { title: 5, names: 5 } },
  });
  await pagefind.init();
  await prefixes;

  return {
    filters: () => pagefind.filters(),
    async search(q, { filters = {}, literal = false } = {}) {
      const key = nameKey(q);
      const names = key ? await shardOf(key) : {};
      const corrected = literal || Object.keys(filters).length ? undefined : closestName(names, q)?.page;
      const searched = corrected ? corrected.title : q;
      const found = await pagefind.search(searched ? foldScript(searched) : null, { filters });
      if (!found) return null;
      // A page the query names: the exact name, or the one the misspelling is taken for.
      const named = Object.keys(filters).length ? undefined : (corrected ?? names[key]);
      let next = 0;
      const shown = new Set<string>();
      return {
        searched,
        corrected,
        total: found.results.length,
        filters: found.filters,
        async more(n) {
          const batch = await Promise.all(found.results.slice(next, next + n).map((r) => r.data()));
          const first = next === 0;
          next += n;
          let data = batch;
          if (first && named) {
            const { order, missing } = pinPage(
              named,
              batch.map((d) => d.url),
            );
            data = [...(missing ? [namedResult(missing)] : []), ...order.map((i) => batch[i]!)];
          }
          data = data.filter((d) => !shown.has(d.url.split(/[?#]/)[0]!));
          for (const d of data) shown.add(d.url.split(/[?#]/)[0]!);
          return data;
        },
      };
    },
  };
}
