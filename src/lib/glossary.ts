/** Grouping glossary terms A–Z for the glossary page. */

/** The letter a term is filed under: its first letter, or "#" for a digit. */
export function letterOf(term: string): string {
  const first = term.trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Terms grouped by letter, letters in order, terms sorted without regard to case. */
export function groupByLetter<T>(items: readonly T[], termOf: (t: T) => string): Array<{ letter: string; items: T[] }> {
  const sorted = [...items].sort((a, b) => termOf(a).localeCompare(termOf(b), 'en', { sensitivity: 'base' }));
  const groups = Map.groupBy(sorted, (item) => letterOf(termOf(item)));
  return [...groups.entries()].sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a.localeCompare(b))).map(([letter, list]) => ({ letter, items: list }));
}
