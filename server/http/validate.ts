/**
 * Typed checks for route inputs: small combinators that parse an unknown JSON value into a typed
 * one or report every problem with its field path. `parseBody` answers 422 validation_failed,
 * `parseQuery` 400 bad_request.
 *
 *   const LoginBody = v.object({ email: v.string({ min: 3, max: 254 }), password: v.string({ max: 1000 }) });
 *   const { email, password } = parseBody(LoginBody, req.body);
 */
import { controlCharacterIn } from '../../form-library/text/control-characters';
import { badRequest, HttpError, type FieldProblem } from './errors';

export type CheckResult<T> = { ok: true; value: T } | { ok: false; errors: FieldProblem[] };
export type Check<T> = (value: unknown, path: string) => CheckResult<T>;
export type Infer<C> = C extends Check<infer T> ? T : never;

const ok = <T>(value: T): CheckResult<T> => ({ ok: true, value });
const fail = <T>(path: string, message: string): CheckResult<T> => ({ ok: false, errors: [{ path, message }] });

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

export interface StringRules {
  min?: number;
  max?: number;
  pattern?: RegExp;
  patternMessage?: string;
  /** Trim surrounding white space before the length checks (default true). */
  trim?: boolean;
  /**
   * Control characters: 'text' (the default) allows tab and line breaks only, 'line' none at all
   * (names, addresses), 'any' every one (passwords, which are only hashed).
   */
  controls?: 'text' | 'line' | 'any';
}

function string(rules: StringRules = {}): Check<string> {
  return (value, path) => {
    if (typeof value !== 'string') return fail(path, 'Must be a string');
    const s = rules.trim === false ? value : value.trim();
    if (rules.min !== undefined && s.length < rules.min)
      return fail(path, rules.min === 1 ? 'Required' : `Must be at least ${rules.min} characters`);
    if (rules.max !== undefined && s.length > rules.max) return fail(path, `Must be at most ${rules.max} characters`);
    const controls = rules.controls ?? 'text';
    const control = controls === 'any' ? null : controlCharacterIn(s, { singleLine: controls === 'line' });
    if (control) return fail(path, `Must not contain control characters (${control.codePoint} at position ${control.index + 1})`);
    if (rules.pattern && !rules.pattern.test(s)) return fail(path, rules.patternMessage ?? 'Has the wrong format');
    return ok(s);
  };
}

function integer(rules: { min?: number; max?: number } = {}): Check<number> {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) return fail(path, 'Must be an integer');
    if (rules.min !== undefined && value < rules.min) return fail(path, `Must be at least ${rules.min}`);
    if (rules.max !== undefined && value > rules.max) return fail(path, `Must be at most ${rules.max}`);
    return ok(value);
  };
}

/** An integer given as a string, as in query parameters and route ids. */
function intString(rules: { min?: number; max?: number } = {}): Check<number> {
  const inner = integer(rules);
  return (value, path) => {
    if (typeof value === 'number') return inner(value, path);
    if (typeof value !== 'string' || !/^-?\d{1,15}$/.test(value)) return fail(path, 'Must be an integer');
    return inner(Number(value), path);
  };
}

function boolean(): Check<boolean> {
  return (value, path) => (typeof value === 'boolean' ? ok(value) : fail(path, 'Must be true or false'));
}

function oneOf<const T extends string>(values: readonly T[]): Check<T> {
  return (value, path) =>
    typeof value === 'string' && (values as readonly string[]).includes(value)
      ? ok(value as T)
      : fail(path, `Must be one of: ${values.join(', ')}`);
}

function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, path) => (value === undefined ? ok(undefined) : check(value, path));
}

function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, path) => (value === null ? ok(null) : check(value, path));
}

function array<T>(item: Check<T>, rules: { min?: number; max?: number } = {}): Check<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) return fail(path, 'Must be a list');
    if (rules.min !== undefined && value.length < rules.min) return fail(path, `Must have at least ${rules.min} items`);
    if (rules.max !== undefined && value.length > rules.max) return fail(path, `Must have at most ${rules.max} items`);
    const out: T[] = [];
    const errors: FieldProblem[] = [];
    value.forEach((v, i) => {
      const r = item(v, join(path, i));
      if (r.ok) out.push(r.value);
      // One by one, not push(...): a long list's problems must not all go on the stack as arguments.
      else for (const e of r.errors) errors.push(e);
    });
    return errors.length ? { ok: false, errors } : ok(out);
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Shape = Record<string, Check<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
export type ObjectOf<S extends Shape> = { [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> };

/** An object with the given members; unknown members are ignored (not copied). */
function object<S extends Shape>(shape: S): Check<ObjectOf<S>> {
  return (value, path) => {
    if (!isPlainObject(value)) return fail(path, 'Must be an object');
    const out: Record<string, unknown> = {};
    const errors: FieldProblem[] = [];
    for (const [key, check] of Object.entries(shape)) {
      const r = check(value[key], join(path, key));
      if (!r.ok) for (const e of r.errors) errors.push(value[key] === undefined && e.message !== 'Required' ? { ...e, message: 'Required' } : e);
      else if (r.value !== undefined) out[key] = r.value;
    }
    return errors.length ? { ok: false, errors } : ok(out as ObjectOf<S>);
  };
}

/** Any JSON object, kept as it is (e.g. submission data checked later by the form's schema). */
function record(): Check<Record<string, unknown>> {
  return (value, path) => (isPlainObject(value) ? ok(value) : fail(path, 'Must be an object'));
}

/** A value narrowed by a type guard (for documents with their own validators). */
function guard<T>(test: (value: unknown) => value is T, message: string): Check<T> {
  return (value, path) => (test(value) ? ok(value) : fail(path, message));
}

export const v = { string, integer, intString, boolean, oneOf, optional, nullable, array, object, record, guard };

export function check<T>(c: Check<T>, value: unknown): CheckResult<T> {
  return c(value, '');
}

/** Parses a JSON body; 422 validation_failed naming each bad field. */
export function parseBody<T>(c: Check<T>, body: unknown): T {
  const r = c(body ?? undefined, '');
  if (r.ok) return r.value;
  if (body === undefined || body === null || typeof body !== 'object')
    throw new HttpError(400, 'bad_request', 'Expected a JSON object body (Content-Type: application/json)', r.errors);
  throw new HttpError(422, 'validation_failed', 'Some fields are invalid', r.errors);
}

/** Parses query or route parameters; 400 bad_request naming each bad parameter. */
export function parseQuery<T>(c: Check<T>, query: unknown): T {
  const r = c(query, '');
  if (r.ok) return r.value;
  throw badRequest('Some parameters are invalid', r.errors);
}
