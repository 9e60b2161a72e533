/**
 * The building blocks the contract's schemas share. Every schema is plain JSON Schema (TypeBox),
 * so one value is the TypeScript type, the server's input check (ajv) and the OpenAPI document.
 *
 * Three annotations of our own ride along in the schemas (OpenAPI 3.1 allows unknown keywords;
 * the server's ajv registers them, server/http/contract-check.ts):
 * - `x-trim`: surrounding white space is dropped before the length and pattern checks, and the
 *   handler gets the trimmed text (names, emails, comments typed by people);
 * - `x-message`: the field message when the pattern does not match;
 * - `x-not-found`: the 404 message when a path parameter names nothing (`/api/cases/abc`);
 * - `x-controls`: which control characters a text may hold: `text` (the default of every string
 *   the server checks) tab and line breaks only, `line` none (names, emails), `any` every one
 *   (passwords, which are only hashed). See form-library/text/control-characters.ts.
 */
import { Type, type SchemaOptions, type Static, type TSchema, type TUnsafe } from '@sinclair/typebox';

export type Controls = 'text' | 'line' | 'any';

interface TextOptions extends SchemaOptions {
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  message?: string;
  /** Control characters allowed: `text` (the default) tab and line breaks, `line` none, `any` all. */
  controls?: Controls;
}

function textSchema(options: TextOptions, trim: boolean) {
  const { message, controls, ...rest } = options;
  return Type.String({ ...rest, ...(trim ? { 'x-trim': true } : {}), ...(message ? { 'x-message': message } : {}), ...(controls && controls !== 'text' ? { 'x-controls': controls } : {}) });
}

/** Text typed by a person: trimmed, then checked. `minLength: 1` reads "Required". */
export function Text(options: TextOptions = {}) {
  return textSchema(options, true);
}

/** Text taken exactly as sent (passwords, keys, cursors). */
export function ExactText(options: TextOptions = {}) {
  return textSchema(options, false);
}

/** One of a few strings; its error lists them ("Must be one of: fi, sv, en"). */
export function OneOf<const T extends readonly string[]>(values: T, options: SchemaOptions = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/** A scalar schema that may also be null: one `type` list, so its error stays one line. */
export function Nullable<T extends TSchema>(schema: T): TUnsafe<Static<T> | null> {
  const type = (schema as { type?: unknown }).type;
  if (typeof type !== 'string') throw new Error('Nullable takes a schema of one scalar type');
  return Type.Unsafe<Static<T> | null>({ ...schema, type: [type, 'null'] });
}

/** An answer member that may be null (answers are not checked at run time, so anyOf is fine). */
export function OrNull<T extends TSchema>(schema: T, options: SchemaOptions = {}) {
  return Type.Union([schema, Type.Null()], options);
}

/** A positive integer id in a path; anything else answers 404 with `notFound`. */
export function PathId(notFound: string, description?: string) {
  return Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, 'x-not-found': notFound, ...(description ? { description } : {}) });
}

/** A text id in a path (attachment ids); one that names nothing answers 404. */
export function PathText(notFound: string, description?: string) {
  return Type.String({ minLength: 1, maxLength: 200, 'x-not-found': notFound, ...(description ? { description } : {}) });
}

/** A JSON object kept as it is, typed as `T` (answers checked by their own rules later). */
export function JsonObject<T = Record<string, unknown>>(description: string, title?: string): TUnsafe<T> {
  return Type.Unsafe<T>({ type: 'object', description, ...(title ? { title } : {}) });
}

/** A request body object: members the route does not know are dropped, not stored. */
export function Body<P extends Parameters<typeof Type.Object>[0]>(properties: P, options: SchemaOptions = {}) {
  return Type.Object(properties, { additionalProperties: false, ...options });
}

/**
 * `schema` with examples for the OpenAPI document (a shared schema shown with a route's own
 * examples; the original keeps none). Examples are annotations: no check reads them.
 */
export function WithExamples<T extends TSchema>(schema: T, examples: Array<Static<T>>): T {
  return { ...schema, examples };
}
