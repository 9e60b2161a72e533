/**
 * The server's input checks, compiled once from the API contract's schemas (api-contract/) by ajv.
 * A bad body answers 422 validation_failed (400 when it is not a JSON object), bad query
 * parameters 400 bad_request, each naming the fields by dotted path; a path id that names nothing
 * answers 404, as a missing row would. Members a body schema does not list are dropped.
 */
import type { TObject } from '@sinclair/typebox';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { Controls } from '../../api-contract/schema-kit';
import { controlCharacterIn } from '../../form-library/text/control-characters';
import { badRequest, HttpError, notFound, type FieldProblem } from './errors';
import { englishCount } from './english-words';

/** The contract's own keywords (api-contract/schema-kit.ts). */
function withContractKeywords(ajv: Ajv): Ajv {
  ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-not-found', schemaType: 'string' });
  ajv.addKeyword({
    keyword: 'x-controls',
    type: 'string',
    schemaType: 'string',
    // After the length checks and before the pattern: the pattern's message would hide the cause.
    before: 'pattern',
    validate: function check(controls: Controls, data: string): boolean {
      const found = controls === 'any' ? null : controlCharacterIn(data, { singleLine: controls === 'line' });
      if (!found) return true;
      (check as { errors?: Partial<ErrorObject>[] }).errors = [
        { keyword: 'x-controls', message: `Must not contain control characters (${found.codePoint} at position ${found.index + 1})`, params: {} },
      ];
      return false;
    },
  });
  ajv.addKeyword({
    keyword: 'x-trim',
    type: 'string',
    schemaType: 'boolean',
    modifying: true,
    errors: false,
    // Before the length and pattern checks, so they judge the trimmed text.
    before: 'maxLength',
    validate: (trim: boolean, data: string, _schema, cxt) => {
      if (trim && cxt && cxt.parentData !== undefined) (cxt.parentData as Record<string | number, unknown>)[cxt.parentDataProperty] = data.trim();
      return true;
    },
  });
  return ajv;
}

const options = { allErrors: true, verbose: true, allowUnionTypes: true, removeAdditional: true } as const;
/** Bodies are JSON: types are checked as sent. */
const bodyAjv = withContractKeywords(new Ajv({ ...options }));

/** Paths and query strings are text: "12" is the integer 12 there. */
const textAjv = withContractKeywords(new Ajv({ ...options, coerceTypes: true }));

const TYPE_MESSAGES: Record<string, string> = {
  string: 'Must be a string',
  integer: 'Must be an integer',
  number: 'Must be a number',
  boolean: 'Must be true or false',
  object: 'Must be an object',
  array: 'Must be a list',
  null: 'Must be null',
};

function dotted(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function messageOf(e: ErrorObject): string {
  if (e.keyword === 'x-controls') return e.message ?? 'Must not contain control characters';
  const custom = (e.parentSchema as Record<string, unknown> | undefined)?.['x-message'];
  if (typeof custom === 'string' && e.keyword !== 'type') return custom;
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'type': {
      const first = String(p.type).split(',')[0];
      return TYPE_MESSAGES[first] ?? `Must be of type ${String(p.type)}`;
    }
    case 'minLength':
      return p.limit === 1 ? 'Required' : `Must be at least ${englishCount(p.limit, 'character')}`;
    case 'maxLength':
      return `Must be at most ${englishCount(p.limit, 'character')}`;
    case 'pattern':
    case 'format':
      return 'Has the wrong format';
    case 'enum':
      return `Must be one of: ${(p.allowedValues as unknown[]).join(', ')}`;
    case 'const':
      return `Must be ${JSON.stringify(p.allowedValue)}`;
    case 'minimum':
      return `Must be at least ${String(p.limit)}`;
    case 'maximum':
      return `Must be at most ${String(p.limit)}`;
    case 'minItems':
      return `Must have at least ${englishCount(p.limit, 'item')}`;
    case 'maxItems':
      return `Must have at most ${englishCount(p.limit, 'item')}`;
    default:
      return e.message ?? 'Is invalid';
  }
}

/**
 * ajv's errors as field problems: one per field (the first, as a person fixes one thing at a
 * time), in the order the schema lists its members.
 */
export function fieldProblems(errors: readonly ErrorObject[], schema: TObject): FieldProblem[] {
  const seen = new Set<string>();
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const base = dotted(e.instancePath);
    const path = e.keyword === 'required' ? join(base, String((e.params as { missingProperty: string }).missingProperty)) : base;
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ path, message: e.keyword === 'required' ? 'Required' : messageOf(e) });
  }
  const order = Object.keys(schema.properties);
  const rank = (p: FieldProblem) => {
    const i = order.indexOf(p.path.split('.')[0]);
    return i === -1 ? order.length : i;
  };
  return out.sort((a, b) => rank(a) - rank(b));
}

export type Check<T> = (value: unknown) => T;

/**
 * A copy of `schema` in which every text the server reads refuses control characters but tab and
 * line breaks, unless it says otherwise (`x-controls`): no NUL or escape reaches a header, file
 * name or spreadsheet cell.
 */
function withTextControls(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withTextControls);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema)) out[k] = withTextControls(v);
  if (out.type === 'string' && out.enum === undefined && out['x-controls'] === undefined) out['x-controls'] = 'text';
  return out;
}

function compile(ajv: Ajv, schema: TObject): ValidateFunction {
  return ajv.compile(withTextControls(schema) as TObject);
}

/** A JSON body: 422 naming each bad field; 400 when the body is not an object at all. */
export function bodyCheck<T>(schema: TObject): Check<T> {
  const validate = compile(bodyAjv, schema);
  const optionalOnly = (schema.required ?? []).length === 0;
  return (body) => {
    // A route whose members are all optional may be called without a body.
    const value = body === undefined && optionalOnly ? {} : body;
    if (validate(value)) return value as T;
    const fields = fieldProblems(validate.errors ?? [], schema);
    if (value === undefined || value === null || typeof value !== 'object')
      throw new HttpError(400, 'bad_request', 'Expected a JSON object body (Content-Type: application/json)', fields);
    throw new HttpError(422, 'validation_failed', 'Some fields are invalid', fields);
  };
}

/** Copies text parameters, leaving out empty ones: `?status=` is no filter, as a form sends it. */
function given(raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof raw === 'object' && raw !== null) for (const [k, v] of Object.entries(raw)) if (v !== '') out[k] = v;
  return out;
}

/** A route's own rules on its raw query: the problems they find (checked again by the handler on success). */
export type QueryRules = () => FieldProblem[];

/**
 * A query string: 400 bad_request naming each bad parameter, with those `rules` find as well
 * (one answer names every problem).
 */
export function queryCheck<T>(schema: TObject): (query: unknown, rules?: QueryRules) => T {
  const validate = compile(textAjv, schema);
  return (query, rules) => {
    const value = given(query);
    if (validate(value)) return value as T;
    const fields = fieldProblems(validate.errors ?? [], schema);
    const named = new Set(fields.map((f) => f.path));
    for (const more of rules?.() ?? []) if (!named.has(more.path)) fields.push(more);
    throw badRequest('Some parameters are invalid', fields);
  };
}

/** Path parameters: one that names nothing is 404 with its `x-not-found` message. */
export function paramsCheck<T>(schema: TObject): Check<T> {
  const validate = compile(textAjv, schema);
  return (params) => {
    const value = given(params);
    if (validate(value)) return value as T;
    const first = fieldProblems(validate.errors ?? [], schema)[0];
    const property = first ? (schema.properties[first.path.split('.')[0]] as Record<string, unknown> | undefined) : undefined;
    const message = property?.['x-not-found'];
    throw notFound(typeof message === 'string' ? message : 'Not found');
  };
}
