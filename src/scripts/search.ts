/**
 * The search page's behaviour: runs Pagefind (loaded only here, from the bundle address the
 * page's form names, so it works under any base path), keeps the
 * query and filters in the URL, renders results with excerpts and sub-results, shows
 * filter counts, and says so when nothing is found or the index cannot load.
 */
import { pinNamedPage, type NamedPage, type SearchNames } from '../lib/search-names.ts';
import { filterOptions, filtersLabel, formatSearch, pagefindFilters, parseSearch, SEARCH_FILTER_LABELS, SEARCH_FILTERS, type SearchState } from '../lib/search-state.ts';
import { SITE } from '../lib/site.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: Array<{ title: string; url: string; excerpt: string }>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o: object): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }>; filters: Record<string, Record<string, number>> } | null>;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const status = $('search-status');
const list = $<HTMLOListElement>('search-results');
const empty = $('search-empty');
const failure = $('search-error');
const filterBox = $('search-filters');
// The filters sit behind one disclosure, so the first result is on a phone's first screen.
const filterDisclosure = $('search-filter-box');
const filterSummary = $('search-filter-summary');
// Addresses from the page, built there by src/lib/urls.ts's href() with the base path.
const { bundle, names: namesUrl, base } = form.dataset as { bundle: string; names: string; base: string };
const searchPath = form.getAttribute('action')!;

$('search-nojs').hidden = true;
filterDisclosure.hidden = false;

let pagefind: Pagefind;
// Exact names (titles, aliases, expansions) rank their page first; search works without them.
const namesLoad: Promise<SearchNames> = fetch(namesUrl).then((r) => (r.ok ? r.json() : {}), () => ({}));
try {
  pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  // baseUrl: Pagefind's result URLs are paths in dist/; the base path goes in front.
  await pagefind.options({ excerptLength: 24, highlightParam: 'highlight', baseUrl: base });
  await pagefind.init();
} catch {
  failure.hidden = false;
  status.textContent = '';
  throw new Error('The search index could not be loaded.');
}

const all = await pagefind.filters();
const names = await namesLoad;
let state: SearchState = parseSearch(location.search);
// A reader may have typed while the index loaded: keep their words, else show the URL's query.
if (input.value.trim()) state = { ...state, q: input.value.trim() };
else input.value = state.q;

function renderFilters(counts: Record<string, Record<string, number>>) {
  filterSummary.textContent = filtersLabel(state);
  const sets = SEARCH_FILTERS.map((name) => {
    // Values with no result in this search are left out, unless chosen.
    const options = filterOptions(Object.keys(all[name] ?? {}), counts[name], state.filters[name]);
    if (!options.length) return undefined;
    const set = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = SEARCH_FILTER_LABELS[name];
    set.append(legend);
    for (const { value, count, checked } of options) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = checked;
      label.append(box, ` ${value} `);
      const n = document.createElement('span');
      n.className = 'count';
      n.textContent = `(${count})`;
      label.append(n);
      set.append(label);
    }
    return set;
  });
  filterBox.replaceChildren(...sets.filter((s) => s !== undefined));
}

function resultItem(r: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.url;
  a.className = 'result-title';
  a.textContent = r.meta.title ?? r.url;
  const type = document.createElement('span');
  type.className = 'result-type';
  type.textContent = r.filters.type?.[0] ?? '';
  const excerpt = document.createElement('p');
  excerpt.innerHTML = r.excerpt; // Pagefind escapes page text and adds only <mark>.
  li.append(a, ' ', type, excerpt);
  const subs = r.sub_results.filter((s) => s.url !== r.url && s.title !== r.meta.title).slice(0, 3);
  if (subs.length) {
    const ul = document.createElement('ul');
    for (const s of subs) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = s.url;
      link.textContent = s.title;
      const p = document.createElement('p');
      p.innerHTML = s.excerpt;
      item.append(link, p);
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

/** A result for a page the query names exactly but whose text Pagefind did not match. */
function namedItem(page: NamedPage): HTMLLIElement {
  return resultItem({ url: page.url, excerpt: '', meta: { title: page.title }, filters: { type: [page.type] }, sub_results: [] });
}

let run = 0;
async function searchNow() {
  const mine = ++run;
  history.replaceState(null, '', `${searchPath}${formatSearch(state)}`);
  document.title = state.q ? `${state.q} · Search · ${SITE.name}` : `Search · ${SITE.name}`;
  const hasFilters = Object.keys(state.filters).length > 0;
  if (!state.q && !hasFilters) {
    list.replaceChildren();
    empty.hidden = true;
    status.textContent = '';
    renderFilters(all);
    return;
  }
  const search = await pagefind.search(state.q || (null as unknown as string), { filters: pagefindFilters(state) });
  if (mine !== run || !search) return;
  const found = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  if (mine !== run) return;
  const { order, missing } = hasFilters ? { order: found.map((_, i) => i), missing: undefined } : pinNamedPage(names, state.q, found.map((d) => d.url));
  const data = order.map((i) => found[i]!);
  renderFilters(search.filters);
  list.replaceChildren(...(missing ? [namedItem(missing)] : []), ...data.map(resultItem));
  empty.hidden = data.length > 0;
  const n = search.results.length;
  status.textContent = `${n} ${n === 1 ? 'result' : 'results'}${state.q ? ` for “${state.q}”` : ''}${n > 20 ? ', showing the first 20' : ''}.`;
}

let timer: number | undefined;
input.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    state = { ...state, q: input.value.trim() };
    void searchNow();
  }, 120);
});
filterBox.addEventListener('change', () => {
  state = parseSearch(`?${new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString()}`);
  void searchNow();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  state = { ...state, q: input.value.trim() };
  void searchNow();
});
renderFilters(all);
void searchNow();
