/** YAML in the style of the real content files: quoted strings, plain dates, empty lists and unset fields left out. */
import { Scalar, stringify } from 'yaml';
import { Day } from './day.ts';

/** A value the generator writes: text, numbers, flags, days, lists and groups of fields. */
export type YamlValue = string | number | boolean | Day | YamlValue[] | YamlMap;
/** A group of fields; `undefined` fields are left out. */
export interface YamlMap {
  [key: string]: YamlValue | undefined;
}

/** The value as `stringify` should see it: days as plain scalars, empty parts dropped. */
function prepare(value: YamlValue): unknown {
  if (value instanceof Day) {
    const day = new Scalar(value.iso);
    day.type = 'PLAIN';
    return day;
  }
  if (Array.isArray(value)) return value.map(prepare);
  if (typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || (Array.isArray(v) && !v.length)) continue;
    out[key] = prepare(v);
  }
  return out;
}

/** The YAML text of a group of fields, one field per line (long strings are not folded). */
export function yamlText(data: YamlMap): string {
  return stringify(prepare(data), { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
}
