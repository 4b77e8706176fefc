/**
 * The header's search panel: results under the header's search box as the reader types, from
 * the engine the search page uses (./search-engine.ts). The header's script loads this module
 * when the reader first focuses the box, and it loads Pagefind at once, so the index is ready
 * by the time the first word is typed. Without JavaScript the box is a plain form to /search/.
 *
 * Keyboard: Down from the box moves into the results, Up and Down move between them, Up from
 * the first returns to the box, Enter opens a result (a plain link), Escape closes the panel and
 * puts the focus back in the box. Enter in the box opens the search page with every result.
 * A polite live region says how many results there are.
 */
import { formatSearch } from '../lib/search-state.ts';
import panelStyles from '../styles/header-search.css?url';
import { FIRST_RESULTS, loadEngine, type Engine } from './search-engine.ts';
import { resultItem } from './search-result.ts';

const box = document.getElementById('site-search') as HTMLInputElement;
const form = box.form!;
// Addresses from the page, built there by src/lib/urls.ts's href() with the base path.
const { bundle, names, base } = form.dataset as { bundle: string; names: string; base: string };
const searchPath = form.getAttribute('action')!;

const make = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}) =>
  Object.assign(document.createElement(tag), props);

/** Builds the panel under the box and wires it to the engine. */
function attach() {
  // Its own stylesheet, loaded with it: content pages carry none of the panel's CSS.
  document.head.append(make('link', { rel: 'stylesheet', href: panelStyles }));

  const panel = make('div', { id: 'site-search-panel', className: 'search-panel', hidden: true });
  const spelling = make('p', { className: 'spelling', hidden: true });
  const list = make('ul', { className: 'results' });
  const all = make('a', { className: 'all-results' });
  panel.append(spelling, list, all);
  // Outside the panel, so it is in the page (and heard) whether or not the panel is shown.
  const status = make('p', { className: 'visually-hidden' });
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  form.append(panel, status);
  box.setAttribute('aria-controls', panel.id);

  let engine: Engine | undefined;
  const ready = loadEngine({ bundle, names, base }).then(
    (e) => (engine = e),
    () => undefined,
  );

  // Set while close() puts the focus back, so that focus does not open the panel again.
  let closing = false;
  /** Hides the panel; with `refocus`, puts the focus back in the box. */
  function close(refocus = false) {
    panel.hidden = true;
    closing = refocus;
    if (refocus) box.focus();
    closing = false;
  }

  /** The result links, in order. */
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result-title')];

  /** "Showing results for Shahed-136", with a button back to what the reader typed. */
  function renderSpelling(typed: string, corrected: string | undefined) {
    spelling.hidden = !corrected;
    if (!corrected) return spelling.replaceChildren();
    const back = make('button', { type: 'button', textContent: `Search instead for “${typed}”` });
    back.addEventListener('click', () => {
      void search(typed, true);
      box.focus();
    });
    spelling.replaceChildren('Showing results for ', make('strong', { textContent: corrected }), '. ', back);
  }

  let run = 0;
  /** Searches and shows the first results; the latest search wins. */
  async function search(q: string, literal = false) {
    const mine = ++run;
    if (!q) {
      close();
      status.textContent = '';
      return;
    }
    await ready;
    if (!engine) {
      status.textContent = 'Search could not be loaded here; press Enter to search on the search page.';
      return;
    }
    const outcome = await engine.search(q, { literal });
    if (mine !== run || !outcome) return;
    const first = await outcome.more(FIRST_RESULTS);
    if (mine !== run) return;
    renderSpelling(q, outcome.corrected?.title);
    list.replaceChildren(...first.map((r) => resultItem(r, 0)));
    const n = Math.max(outcome.total, first.length);
    all.href = `${searchPath}${formatSearch({ q, filters: {}, ...(literal ? { literal } : {}) })}`;
    all.textContent = n ? `All ${n} results on the search page` : 'No page matches: try the search page';
    status.textContent = `${n} ${n === 1 ? 'result' : 'results'} for “${outcome.searched}”${n ? ': press Down to move through them' : ''}.`;
    panel.hidden = false;
  }

  let timer: number | undefined;
  const typed = () => {
    window.clearTimeout(timer);
    // A short pause: a fast typist's keystrokes are one search, as on the search page.
    timer = window.setTimeout(() => void search(box.value.trim()), 30);
  };
  box.addEventListener('input', typed);
  // Back in the box (a click, Tab), the last results show again.
  box.addEventListener('focus', () => {
    if (!closing && box.value.trim() && list.children.length) panel.hidden = false;
  });

  form.addEventListener('keydown', (e) => {
    const at = links().indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'Escape' && !panel.hidden) {
      e.preventDefault();
      close(true);
    } else if (e.key === 'ArrowDown' && !panel.hidden) {
      e.preventDefault();
      (links()[at + 1] ?? links()[at] ?? all).focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      (at === 0 ? box : links()[at - 1]!).focus();
    }
  });
  // Focus or a click elsewhere closes the panel.
  form.addEventListener('focusout', (e) => {
    // Not when focus goes nowhere (a click on the panel's text, or Safari's click on a link): the click handler decides.
    if (e.relatedTarget && !form.contains(e.relatedTarget as Node)) close();
  });
  document.addEventListener('click', (e) => {
    if (!form.contains(e.target as Node)) close();
  });

  // The reader may have typed before this module arrived.
  if (box.value.trim()) typed();
}

// On the search page its own box shows the results (src/scripts/search.ts): the header's box stays a plain form there.
if (!document.getElementById('search-form')) attach();
