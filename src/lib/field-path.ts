/**
 * Field paths: where a value sits in an entry's data, written `roles[0].organization`.
 * Problems name fields this way; the graph, the audit and the content check walk data
 * through here. Where a field is written in its file is src/lib/field-lines.ts. No
 * imports: the search page's script uses entries.ts, which walks data with this.
 */

/** The keys of a field path as Zod and yaml give them: `['roles', 0, 'organization']`. */
export type FieldKeys = ReadonlyArray<PropertyKey>;

/** Writes keys as a field path: `['roles', 0, 'organization']` → `roles[0].organization`. */
export function formatFieldPath(keys: FieldKeys): string {
  return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

/** Reads a field path into keys: `roles[0].organization` → `['roles', 0, 'organization']`. */
export function parseFieldPath(field: string): Array<string | number> {
  return [...field.matchAll(/\[(\d+)\]|[^.[\]]+/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[0]));
}

/** The value at a field path such as `claimants[1].actor` (or undefined). */
export function valueAt(data: unknown, field: string): unknown {
  return parseFieldPath(field).reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), data);
}

/**
 * Visits every value in `data` (objects, lists and their items, dates as values) with its
 * field path, parents first; a visitor that returns true skips what is inside that value.
 */
export function walkFields(data: unknown, visit: (value: unknown, field: string) => boolean | void, field = ''): void {
  if (visit(data, field) === true) return;
  if (Array.isArray(data)) data.forEach((v, i) => walkFields(v, visit, `${field}[${i}]`));
  else if (data && typeof data === 'object' && !(data instanceof Date)) {
    for (const [k, v] of Object.entries(data)) walkFields(v, visit, field ? `${field}.${k}` : k);
  }
}
