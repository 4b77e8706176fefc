/**
 * The collection schemas' own descriptions of their fields (zod's `.meta({ description })`
 * in src/lib/schemas/), read for the tools that explain the fields to contributors:
 * `npm run new`'s template comments (scripts/new/templates.ts) and CONTRIBUTING.md's field
 * tables (scripts/field-tables.ts). Fields of list items and groups are named by path,
 * e.g. `roles.title`.
 */
import { z } from 'astro/zod';
import { collectionSchemas, plainRef, type CollectionName } from '../../src/lib/schemas.ts';

const SCHEMAS = collectionSchemas(plainRef);

/** One field, as a contributor reads about it. */
export interface FieldDoc {
  /** Its path, e.g. `roles.title` for the title of each role. */
  path: string;
  /** Its path as shown to a reader, with `[]` for list items: `roles[].title`. */
  label: string;
  description: string;
  /** False when the field may be left out (it is optional or has a default). */
  required: boolean;
  /** The values allowed, for a choice. */
  values?: readonly string[];
  /** True for a list or group whose own fields follow. */
  hasFields: boolean;
}

/** The schema under defaults and optionals. */
function unwrapped(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional || schema instanceof z.ZodDefault ? unwrapped(schema.unwrap() as z.ZodType) : schema;
}

/** The schema under defaults, optionals and the pipes of dates and references: what the value is. */
function core(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return core(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return core(schema.element as z.ZodType);
  // A date is preprocess → date; a plain reference is string → transform: keep the side that is not a transform.
  if (schema instanceof z.ZodPipe) return core((schema.out instanceof z.ZodTransform ? schema.in : schema.out) as z.ZodType);
  return schema;
}

/** The fields of an object schema, depth first, each with its description. */
function fieldsOf(shape: Record<string, z.ZodType>, prefix: string, labelPrefix: string): FieldDoc[] {
  return Object.entries(shape).flatMap(([key, field]) => {
    const path = `${prefix}${key}`;
    const label = `${labelPrefix}${key}`;
    const description = field.meta()?.description;
    if (!description) throw new Error(`The schema field ${path} has no description: add .meta({ description }) in src/lib/schemas/.`);
    const inner = core(field);
    const own: FieldDoc = {
      path,
      label,
      description,
      required: !field.safeParse(undefined).success,
      values: inner instanceof z.ZodEnum ? (inner.options as string[]) : undefined,
      hasFields: inner instanceof z.ZodObject,
    };
    if (!(inner instanceof z.ZodObject)) return [own];
    const list = unwrapped(field) instanceof z.ZodArray;
    return [own, ...fieldsOf(inner.shape as Record<string, z.ZodType>, `${path}.`, `${label}${list ? '[]' : ''}.`)];
  });
}

/** Every field of a collection, depth first, in the schema's order. */
export function fieldDocs(collection: CollectionName): FieldDoc[] {
  return fieldsOf(SCHEMAS[collection].shape as Record<string, z.ZodType>, '', '');
}

/** What the collection holds, from its schema's description. */
export function collectionDescription(collection: CollectionName): string {
  return SCHEMAS[collection].meta()?.description ?? '';
}

/** The description of one field; throws for a field the schema does not have. */
export function fieldDescription(collection: CollectionName, path: string): string {
  const doc = fieldDocs(collection).find((f) => f.path === path);
  if (!doc) throw new Error(`${collection} has no field ${path}`);
  return doc.description;
}
