/**
 * The search page's behaviour: runs Pagefind (loaded only here, from the bundle address the
 * page's form names, so it works under any base path), keeps the
 * query and filters in the URL, renders results with excerpts and sub-results, shows
 * filter counts, and says so when nothing is found or the index cannot load.
 */
import {
  filterOptions,
  filtersLabel,
  formatSearch,
  pagefindFilters,
  parseSearch,
  SEARCH_FILTER_LABELS,
  SEARCH_FILTERS,
  type SearchState,
} from '../lib/search-state.ts';
import { SITE } from '../lib/site.ts';
import { FIRST_RESULTS, loadEngine, type Engine } from './search-engine.ts';
import { resultItem } from './search-result.ts';

/** Results shown at a time after the first screen's (FIRST_RESULTS): only their fragments are loaded. */
const PAGE_SIZE = 5;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('search-form');
const input = $<HTMLInputElement>('search-q');
const status = $('search-status');
const list = $<HTMLOListElement>('search-results');
const empty = $('search-empty');
const failure = $('search-error');
const filterBox = $('search-filters');
// The filters sit behind one disclosure, so the first result is on a phone's first screen.
const filterDisclosure = $<HTMLDetailsElement>('search-filter-box');
const filterSummary = $('search-filter-summary');
const spelling = $('search-spelling');
const moreButton = $<HTMLButtonElement>('search-more');
// Addresses from the page, built there by src/lib/urls.ts's href() with the base path.
const { bundle, names, base } = form.dataset as { bundle: string; names: string; base: string };
const searchPath = form.getAttribute('action')!;

$('search-nojs').hidden = true;
filterDisclosure.hidden = false;

let engine: Engine;
try {
  engine = await loadEngine({ bundle, names, base });
} catch {
  failure.hidden = false;
  status.textContent = '';
  throw new Error('The search index could not be loaded.');
}

// The filters' values and counts for the whole site, loaded only when the reader opens the
// filters or the URL has some: a first search does not need them.
let all: Record<string, Record<string, number>> = {};
let filtersLoaded: Promise<void> | undefined;
const loadFilters = () =>
  (filtersLoaded ??= engine.filters().then((f) => {
    all = f;
  }));
let state: SearchState = parseSearch(location.search);
if (Object.keys(state.filters).length) await loadFilters();
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

/** "Showing results for Shahed-136", with the way back to what the reader typed. */
function renderSpelling(typed: string, corrected: string | undefined) {
  spelling.hidden = !corrected;
  if (!corrected) return spelling.replaceChildren();
  const strong = document.createElement('strong');
  strong.textContent = corrected;
  const back = document.createElement('a');
  back.href = `${searchPath}${formatSearch({ ...state, literal: true })}`;
  back.textContent = `Search instead for “${typed}”`;
  back.addEventListener('click', (event) => {
    event.preventDefault();
    state = { ...state, literal: true };
    void searchNow();
    input.focus();
  });
  spelling.replaceChildren('Showing results for ', strong, '. ', back);
}

let run = 0;
let more: (() => Promise<void>) | undefined;
async function searchNow() {
  const mine = ++run;
  history.replaceState(null, '', `${searchPath}${formatSearch(state)}`);
  document.title = state.q ? `${state.q} · Search · ${SITE.name}` : `Search · ${SITE.name}`;
  const hasFilters = Object.keys(state.filters).length > 0;
  moreButton.hidden = true;
  if (!state.q && !hasFilters) {
    list.replaceChildren();
    empty.hidden = true;
    status.textContent = '';
    renderSpelling(state.q, undefined);
    renderFilters(all);
    return;
  }
  const outcome = await engine.search(state.q, { filters: pagefindFilters(state), literal: state.literal });
  if (mine !== run || !outcome) return;
  const first = await outcome.more(FIRST_RESULTS);
  if (mine !== run) return;
  renderFilters(outcome.filters);
  renderSpelling(state.q, outcome.corrected?.title);
  list.replaceChildren(...first.map((r) => resultItem(r)));
  empty.hidden = first.length > 0;
  const n = Math.max(outcome.total, first.length);
  let shown = FIRST_RESULTS;
  const say = () => {
    status.textContent = `${n} ${n === 1 ? 'result' : 'results'}${state.q ? ` for “${outcome.searched}”` : ''}${n > shown ? `, showing the first ${Math.min(shown, n)}` : ''}.`;
  };
  say();
  moreButton.hidden = n <= shown;
  more = async () => {
    const next = await outcome.more(PAGE_SIZE);
    if (mine !== run) return;
    const at = list.children.length;
    list.append(...next.map((r) => resultItem(r)));
    shown += PAGE_SIZE;
    moreButton.hidden = n <= shown || next.length === 0;
    say();
    // Keyboard readers continue at the first new result.
    list.children[at]?.querySelector('a')?.focus();
  };
}

moreButton.addEventListener('click', () => void more?.());
filterDisclosure.addEventListener('toggle', () => {
  // Searched again once they are loaded, so each value shows its count.
  if (filterDisclosure.open && !filtersLoaded) void loadFilters().then(searchNow);
});

let timer: number | undefined;
input.addEventListener('input', () => {
  window.clearTimeout(timer);
  // A short pause: a fast typist's keystrokes are one search, and results still follow within 100 ms.
  timer = window.setTimeout(() => {
    state = { ...state, q: input.value.trim(), literal: false };
    void searchNow();
  }, 30);
});
filterBox.addEventListener('change', () => {
  state = parseSearch(`?${new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString()}`);
  void searchNow();
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  state = { ...state, q: input.value.trim(), literal: false };
  void searchNow();
});
renderFilters(all);
void searchNow();
