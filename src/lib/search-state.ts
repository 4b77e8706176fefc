/**
 * The search page's state in its URL, so a search can be shared, bookmarked and reloaded:
 * `/search/?q=nasams&type=Weapon+system&status=Confirmed`. The page's form submits the
 * same parameters without JavaScript. `literal=1` keeps a query as typed when search would
 * otherwise correct its spelling ("Search instead for …").
 */

/**
 * The filters the search offers, defined once: the Pagefind filter name (also the URL
 * parameter) and the label a reader sees. Pages mark their values with
 * {@link filterAttribute}, so a filter cannot be misspelt in one place and vanish.
 */
export const SEARCH_FILTER_LABELS = {
  type: 'Type',
  status: 'Claim status',
  country: 'Country',
} as const;
export type SearchFilter = keyof typeof SEARCH_FILTER_LABELS;
export const SEARCH_FILTERS = Object.keys(SEARCH_FILTER_LABELS) as SearchFilter[];

/**
 * The `data-pagefind-filter` attribute for a filter: with a value, it names that value;
 * without, Pagefind takes the element's text.
 *
 *   filterAttribute('type', 'Weapon system') === 'type:Weapon system'
 *   filterAttribute('country')               === 'country'
 */
export function filterAttribute(name: SearchFilter, value?: string): string {
  return value === undefined ? name : `${name}:${value}`;
}

/** A search: the query and the values chosen for each filter. */
export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilter, string[]>>;
  /** Search for the query as typed, without correcting a misspelt name. */
  literal?: boolean;
}

/** Reads a search from a URL's query string. */
export function parseSearch(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of SEARCH_FILTERS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters, ...(params.get('literal') === '1' ? { literal: true } : {}) };
}

/** Writes a search as a query string, in a stable order ("" for an empty search). */
export function formatSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of SEARCH_FILTERS) for (const v of state.filters[name] ?? []) params.append(name, v);
  if (state.literal && state.q) params.set('literal', '1');
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Pagefind's filter argument: only filters with values, each as an "any of" list. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(state.filters)
      .filter(([, v]) => v?.length)
      .map(([k, v]) => [k, { any: v! }]),
  );
}

/** How many filter values a search has chosen. */
export function activeFilterCount(state: SearchState): number {
  return Object.values(state.filters).reduce((n, v) => n + (v?.length ?? 0), 0);
}

/** The label of the search page's one "Filters" disclosure: "Filters", or "Filters (2 active)". */
export function filtersLabel(state: SearchState): string {
  const n = activeFilterCount(state);
  return n ? `Filters (${n} active)` : 'Filters';
}

/** One value offered under a filter, with the number of results it would keep. */
export interface FilterOption {
  value: string;
  count: number;
  checked: boolean;
}

/**
 * The values to offer under one filter, sorted: every value the index knows, less those
 * with no result in the current search, unless the reader has chosen them (so a choice
 * can always be undone).
 *
 *   filterOptions(['Actor', 'Weapon system'], { Actor: 3 }, []) → [{ value: 'Actor', count: 3, checked: false }]
 */
export function filterOptions(values: string[], counts: Record<string, number> | undefined, checked: string[] = []): FilterOption[] {
  return [...values]
    .sort()
    .map((value) => ({ value, count: counts?.[value] ?? 0, checked: checked.includes(value) }))
    .filter((o) => o.count > 0 || o.checked);
}
