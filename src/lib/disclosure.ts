/**
 * Long lists in a fact box show their first items and the rest behind a disclosure
 * (src/components/FactList.astro, AliasesRow.astro), so a phone reaches the prose sooner.
 */

/**
 * Splits a list into the items to show and the items behind the disclosure. A single
 * hidden item is shown instead: its "1 more" line would be as tall as the item.
 *
 *   splitList(['a', 'b', 'c', 'd'], 2) → [['a', 'b'], ['c', 'd']]
 *   splitList(['a', 'b', 'c'], 2)      → [['a', 'b', 'c'], []]
 */
export function splitList<T>(items: readonly T[], show: number): [T[], T[]] {
  const cut = items.length > show + 1 ? show : items.length;
  return [items.slice(0, cut), items.slice(cut)];
}
