/**
 * The submission contract of a form as one JSON Schema 2020-12 document: what a client may send as
 * `answers` to the send route and have the server accept. It is built from the same definition,
 * the same field schemas (compileValidationSchema) and the same visibility rules (the form walk of
 * conditions/walk-form.ts) as the server's check, validateSubmission:
 *
 * - A field shows when its page, its sections, its group and its own condition say so; a condition
 *   holds only on an earlier field that itself shows (hiding chains). Each such rule is an
 *   `if`/`then`: the field's type, format, limits and, when it must be answered, its presence
 *   apply only under the `then`.
 * - The answer of a hidden field is dropped by the server, never refused, so there is no `else`:
 *   only what the server checks before it drops anything holds everywhere (no keys the form does
 *   not know, lists within their field's limit, no control characters in any text).
 * - A blank answer (null, '', [] and, for text fields, only blanks) is no answer: allowed where a
 *   field may be left unanswered, refused where it must be answered. The server drops null, '' and
 *   [] under any key before it looks for keys the form does not know, so those pass there too.
 * - Attachment fields are lists of ids from `POST /api/attachments`, marked `x-kevyt-attachment:
 *   true` with the accepted types (`x-kevyt-accept`) and size (`x-kevyt-maxSizeMb`).
 * - Finnish identifiers carry a `pattern` (their form) and a `format` (their check: `fi-business-id`,
 *   `fi-personal-id`, `fi-postal-code`, `fi-phone`, `fi-municipality`, `fi-time`; form-library/formats).
 *   Dates are `format: date` with `formatMinimum`/`formatMaximum` (ajv-formats); a date range's end
 *   may not be before its start (`x-kevyt-endNotBeforeStart`). `addContractVocabulary(ajv)` adds all
 *   of these to an ajv instance.
 *
 * The server puts answers in their stored form before checking (texts trimmed, a henkilötunnus in
 * upper case, a Y-tunnus given its hyphen); the schema checks answers as sent, so it may refuse a
 * padded or lower-case answer that the server would have accepted, never the other way round.
 * Not in the schema: the bounds on any input (depth 64, 20,000 values) and, on sending, that the
 * attachment ids are the sender's uploads.
 */
import type { KeywordDefinition } from 'ajv';
import type {
  Condition, FormDefinition, FormElement, FormPage, GroupElement, ServiceDefinition,
} from '../format/types';
import { localize } from '../format/localize';
import { compileValidationSchema, type JsonSchema } from '../compiler/compile-form';
import { mustAnswer } from '../validation/must-answer';
import { specOfElement } from '../kinds/kind-specs';
import { ONLY_BLANKS, ref, END_NOT_BEFORE_START, type ContractSchema } from './contract-parts';
import { addFinnishFormats, type FormatRegistry } from '../formats/index';
import { TIME_OF_DAY } from '../formats/time-of-day';

export type { ContractSchema } from './contract-parts';
export { END_NOT_BEFORE_START, IDENTIFIER_PATTERNS } from './contract-parts';

export const CONTRACT_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
export const CONTRACT_MEDIA_TYPE = 'application/schema+json';

/** Annotation keywords of the contract (ignored by validators that do not know them). */
export const CONTRACT_ANNOTATIONS = ['x-kevyt-attachment', 'x-kevyt-accept', 'x-kevyt-maxSizeMb', 'x-kevyt-kind'] as const;

/** Every text but one holding a C0 control other than tab and line breaks, DEL or a C1 control. */
const NO_CONTROL = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The server trims the text answer of a kind whose spec normalises its answer (every normaliser
 * trims: normalize-answers.ts), so that only blanks is no answer and a condition compares the
 * text with blanks around it.
 */
function trimmedAnswer(element: FormElement): boolean {
  return specOfElement(element).normalize?.each === 'answer';
}

const FALSE: ContractSchema = { not: {} };

export interface SubmissionSchemaOptions {
  /** The document's `$id`, e.g. its URL. */
  id?: string;
  /** A title (e.g. the service's name). */
  title?: string;
  description?: string;
}

/** Where an element sits: its chain of repeating groups, its keys within the innermost level, its order. */
interface Place {
  element: FormElement;
  page: FormPage;
  pageStart: number;
  groups: GroupElement[];
  keys: string[];
  containers: FormElement[];
  order: number;
}

/** One part of a visibility rule: a predicate on the data of one level (the root, or an item of `groups`' last). */
interface Atom {
  groups: GroupElement[];
  schema: ContractSchema;
}

/** The submission contract of one service of a published pack version. */
export function serviceSubmissionSchema(service: ServiceDefinition, options: SubmissionSchemaOptions = {}): ContractSchema {
  return submissionSchema(service.form, { title: localize(service.name, 'fi'), ...options });
}

/** The submission contract of a form definition. */
export function submissionSchema(def: FormDefinition, options: SubmissionSchemaOptions = {}): ContractSchema {
  const places = placesOf(def);
  const byKey = new Map(places.map((p) => [p.element.key, p]));
  const fieldSchemas = compileValidationSchema(def);
  const clauses: ContractSchema[] = [ref('noControlCharacters')];
  for (const place of places) {
    const clause = visibleClause(place, fieldSchemas, byKey);
    if (clause) clauses.push(clause);
  }
  const rootElements = def.pages.flatMap((p) => p.elements);
  const doc: ContractSchema = {
    $schema: CONTRACT_DIALECT,
    ...(options.id ? { $id: options.id } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(options.description ? { description: options.description } : {}),
    type: 'object',
    properties: structuralProperties(rootElements),
    additionalProperties: ref('blank'),
    allOf: clauses,
    $defs: {
      blank: {
        description: 'A blank answer (null, empty text, empty list): the server drops it, also under a key the form does not know.',
        enum: [null, '', []],
      },
      noControlCharacters: {
        description: 'No text anywhere holds a control character other than tab and line breaks.',
        pattern: NO_CONTROL,
        items: ref('noControlCharacters'),
        additionalProperties: ref('noControlCharacters'),
      },
      unanswered: {
        description: 'No answer: null, blank text, an empty list, or an object none of whose parts is answered.',
        anyOf: [
          { type: 'null' },
          { type: 'string', pattern: ONLY_BLANKS },
          { type: 'array', maxItems: 0 },
          { type: 'object', additionalProperties: ref('unanswered') },
        ],
      },
    },
  };
  return doc;
}

// ---- where each element is -------------------------------------------------------------------

function placesOf(def: FormDefinition): Place[] {
  const places: Place[] = [];
  let order = 0;
  const visit = (elements: FormElement[], page: FormPage, pageStart: number, groups: GroupElement[], keys: string[], containers: FormElement[]): void => {
    for (const element of elements) {
      const place: Place = { element, page, pageStart, groups, keys: [...keys, element.key], containers, order: order++ };
      places.push(place);
      if (element.kind === 'section') visit(element.elements, page, pageStart, groups, place.keys, [...containers, element]);
      if (element.kind === 'group') visit(element.elements, page, pageStart, [...groups, element], [], [...containers, element]);
    }
  };
  for (const page of def.pages) visit(page.elements, page, order, [], [], []);
  return places;
}

// ---- always: what the server checks before it drops hidden answers --------------------------------

function structuralProperties(elements: FormElement[]): Record<string, ContractSchema> {
  return Object.fromEntries(elements.map((e) => [e.key, structural(e)]));
}

/**
 * No keyword here names a type: each holds only for values of its type (a list's length). The
 * server measures lists against their field's limit before it drops hidden answers, at any depth;
 * keys it does not know it refuses only where they are shown (see typedRule), or when there are
 * more than a hundred of them anywhere, which no schema can count.
 */
function structural(element: FormElement): ContractSchema {
  const title = localize(element.label, 'fi');
  const spec = specOfElement(element);
  // A list's most items, as the server measures them (the kind's spec, with its default).
  const most = spec.mostItems?.(element);
  const base: ContractSchema = { ...(title ? { title } : {}), 'x-kevyt-kind': element.kind, ...(most !== undefined ? { maxItems: most } : {}) };
  return { ...base, ...spec.contract.always?.(element, structuralProperties) };
}

// ---- when shown: type, format, limits and presence ---------------------------------------------------

/** The element's rule when shown, wrapped in the conditions that show it, as a schema on the root. */
function visibleClause(place: Place, fieldSchemas: JsonSchema, byKey: Map<string, Place>): ContractSchema | null {
  const { element } = place;
  if (!specOfElement(element).holdsData) return null;
  const value = valueRule(element, fieldSchemaAt(fieldSchemas, place));
  const parentKeys = place.keys.slice(0, -1);
  const inner = mustAnswer(element)
    ? drillRequired(parentKeys, { type: 'object', required: [element.key], properties: { [element.key]: value } })
    : drill(parentKeys, { properties: { [element.key]: value } });
  return wrapInConditions(place, inner, visibilityAtoms(place, byKey));
}

/** The compiled field schema of the server's own check at this place. */
function fieldSchemaAt(root: JsonSchema, place: Place): JsonSchema {
  let level: JsonSchema = root;
  for (const group of place.groups) {
    const path = keysWithinLevel(group, place);
    level = stepInto(level, path);
    const items = level.items;
    if (!items || typeof items !== 'object' || Array.isArray(items)) throw new Error(`No item schema for ${group.key}`);
    level = items;
  }
  return stepInto(level, place.keys);
}

function keysWithinLevel(group: GroupElement, place: Place): string[] {
  // The group's own keys within its level: the containers from the level's top down to the group.
  const index = place.containers.indexOf(group);
  const upTo = place.containers.slice(0, index + 1);
  const lastGroup = upTo.slice(0, -1).reduce((at, c, i) => (c.kind === 'group' ? i + 1 : at), 0);
  return upTo.slice(lastGroup).map((c) => c.key);
}

function stepInto(schema: JsonSchema, keys: string[]): JsonSchema {
  let at = schema;
  for (const key of keys) {
    const next = at.properties?.[key];
    if (!next || typeof next !== 'object') throw new Error(`No field schema for ${key}`);
    at = next;
  }
  return at;
}

function blankOf(element: FormElement): ContractSchema {
  const blanks: ContractSchema[] = [{ type: 'null' }, { const: '' }, { type: 'array', maxItems: 0 }];
  if (trimmedAnswer(element)) blanks.push({ type: 'string', pattern: ONLY_BLANKS });
  return { anyOf: blanks };
}

function valueRule(element: FormElement, field: JsonSchema): ContractSchema {
  // The kind's own rule: its schema as the server compiles it, with what the contract adds (kinds/).
  const typed = specOfElement(element).contract.whenShown(element, field);
  if (mustAnswer(element)) return { allOf: [{ not: blankOf(element) }, typed] };
  return { anyOf: [blankOf(element), typed] };
}

/** `inner` (a schema on the object at `keys`) on the level above, whatever those sections hold. */
function drill(keys: string[], inner: ContractSchema): ContractSchema {
  return keys.reduceRight<ContractSchema>((schema, key) => ({ properties: { [key]: schema } }), inner);
}

/** The same, where the sections must be there: a field that must be answered needs its section. */
function drillRequired(keys: string[], inner: ContractSchema): ContractSchema {
  return keys.reduceRight<ContractSchema>(
    (schema, key) => ({ type: 'object', required: [key], properties: { [key]: schema } }),
    inner,
  );
}

// ---- visibility ------------------------------------------------------------------------------------

/** Every condition that must hold for the element to show, each on the level its field is on. */
function visibilityAtoms(place: Place, byKey: Map<string, Place>, seen = new Set<Place>()): Atom[] {
  if (seen.has(place)) return [{ groups: [], schema: FALSE }];
  seen.add(place);
  const atoms: Atom[] = [];
  if (place.page.condition) atoms.push(...conditionAtoms(place.page.condition, place.pageStart, [], byKey, seen));
  for (const container of place.containers) {
    const containerPlace = byKey.get(container.key);
    if (containerPlace?.element.condition)
      atoms.push(...conditionAtoms(containerPlace.element.condition, containerPlace.order, containerPlace.groups, byKey, seen));
  }
  if (place.element.condition) atoms.push(...conditionAtoms(place.element.condition, place.order, place.groups, byKey, seen));
  return atoms;
}

/**
 * A condition read at a point of the form (`order`, inside `groups`): it holds when its field is
 * earlier, in scope (outside groups, or in the same item), shown, and its answer satisfies it.
 * Otherwise the form walk finds no answer and the condition does not hold.
 */
function conditionAtoms(condition: Condition, order: number, groups: GroupElement[], byKey: Map<string, Place>, seen: Set<Place>): Atom[] {
  const field = byKey.get(condition.field);
  const inScope = field && field.order < order && field.groups.every((g, i) => groups[i] === g);
  const holdsAnswer = field && specOfElement(field.element).ownValue;
  if (!field || !inScope || !holdsAnswer) return [{ groups: [], schema: FALSE }];
  const answer = satisfies(condition, field.element);
  const here: Atom = {
    groups: field.groups,
    schema: drillRequired(field.keys.slice(0, -1), { type: 'object', required: [condition.field], properties: { [condition.field]: answer } }),
  };
  return [here, ...visibilityAtoms(field, byKey, new Set(seen))];
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The answer as the server compares it: texts of trimmed kinds with their blanks around them. */
function sameAnswer(value: string | number | boolean, field: FormElement): ContractSchema {
  if (typeof value === 'string' && trimmedAnswer(field)) return { type: 'string', pattern: `^\\s*${escapeRegex(value)}\\s*$` };
  return { const: value };
}

function satisfies(condition: Condition, field: FormElement): ContractSchema {
  switch (condition.op) {
    case 'answered':
      return { not: ref('unanswered') };
    case 'equals': {
      // A multiple-choice answer (a list) equals a value it contains.
      return { anyOf: [sameAnswer(condition.value, field), { type: 'array', contains: { const: condition.value } }] };
    }
    case 'oneOf':
      return {
        anyOf: [
          ...condition.values.map((v) => sameAnswer(v, field)),
          { type: 'array', contains: { enum: condition.values } },
        ],
      };
    default:
      return comparison(condition.op, condition.value);
  }
}

/** ≥ ≤ > < of a number, a time of day (by the clock) or an ISO date (in calendar order). */
function comparison(op: 'atLeast' | 'atMost' | 'above' | 'below', value: number | string): ContractSchema {
  if (typeof value === 'number') {
    const keyword = { atLeast: 'minimum', atMost: 'maximum', above: 'exclusiveMinimum', below: 'exclusiveMaximum' }[op];
    return { type: 'number', [keyword]: value };
  }
  const clock = TIME_OF_DAY.exec(value);
  if (clock) {
    const limit = Number(clock[1]) * 60 + Number(clock[2]);
    const times: string[] = [];
    for (let m = 0; m < 24 * 60; m++) {
      const fits = op === 'atLeast' ? m >= limit : op === 'atMost' ? m <= limit : op === 'above' ? m > limit : m < limit;
      if (fits) times.push(`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
    }
    return { type: 'string', enum: times };
  }
  if (ISO_DATE.test(value)) return { type: 'string', pattern: datePattern(value, op) };
  return FALSE;
}

/** A pattern for the 'DDDD-DD-DD' strings after (or before, or also equal to) `value`, digit by digit. */
function datePattern(value: string, op: 'atLeast' | 'atMost' | 'above' | 'below'): string {
  const after = op === 'atLeast' || op === 'above';
  const alternatives: string[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '-') continue;
    const digit = Number(value[i]);
    const range = after ? (digit < 9 ? `[${digit + 1}-9]` : null) : digit > 0 ? `[0-${digit - 1}]` : null;
    if (!range) continue;
    const rest = value.slice(i + 1).replace(/\d/g, '\\d');
    alternatives.push(`${value.slice(0, i)}${range}${rest}`);
  }
  if (op === 'atLeast' || op === 'atMost') alternatives.push(value);
  return alternatives.length === 0 ? '(?!)' : `^(?:${alternatives.join('|')})$`;
}

/**
 * `inner` (a schema on the data of the element's level) as a schema on the root: at each level
 * from the element's up, the conditions read there become the `if`, and the rule goes down into
 * the group's items through the `then`.
 */
function wrapInConditions(place: Place, inner: ContractSchema, atoms: Atom[]): ContractSchema {
  let schema = inner;
  for (let depth = place.groups.length; depth >= 0; depth--) {
    const here = atoms.filter((a) => a.groups.length === depth).map((a) => a.schema);
    if (here.some((s) => s === FALSE)) return { description: `${place.keys.join('.')} never shows.` };
    if (here.length > 0) schema = { if: here.length === 1 ? here[0] : { allOf: here }, then: schema };
    if (depth > 0) {
      const group = place.groups[depth - 1];
      schema = drill(keysWithinLevel(group, place), { items: schema });
    }
  }
  return schema;
}

// ---- validators ------------------------------------------------------------------------------------

/** What addContractVocabulary needs of an ajv 8 instance (ajv/dist/2020 for this dialect). */
export interface ContractAjv extends FormatRegistry {
  addKeyword(definition: KeywordDefinition): unknown;
}

function endNotBeforeStart(_schema: unknown, data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return true;
  const { start, end } = data as Record<string, unknown>;
  if (typeof start !== 'string' || typeof end !== 'string') return true;
  const s = start.trim();
  const e = end.trim();
  return !(ISO_DATE.test(s) && ISO_DATE.test(e) && e < s);
}

/**
 * The contract's own keywords and the Finnish formats on an ajv instance; add ajv-formats' `date`
 * and `email` with its keywords (`formatMinimum`, `formatMaximum`) beside them.
 */
export function addContractVocabulary<T extends ContractAjv>(ajv: T): T {
  addFinnishFormats(ajv);
  for (const keyword of CONTRACT_ANNOTATIONS) ajv.addKeyword({ keyword });
  ajv.addKeyword({ keyword: END_NOT_BEFORE_START, type: 'object', schemaType: 'boolean', validate: endNotBeforeStart, errors: false });
  return ajv;
}
