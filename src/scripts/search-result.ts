/** One search result as a list item, for the search page and the header's panel. */
import type { ResultData } from './search-engine.ts';

/**
 * The result's title as a link (class "result-title"), its type, Pagefind's excerpt, and up
 * to `subResults` of its sections that match, each with its own excerpt.
 */
export function resultItem(r: ResultData, subResults = 3): HTMLLIElement {
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
  const subs = r.sub_results.filter((s) => s.url !== r.url && s.title !== r.meta.title).slice(0, subResults);
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
