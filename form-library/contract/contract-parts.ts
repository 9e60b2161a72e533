/**
 * The pieces of the submission contract (submission-schema.ts) that the field kinds' specs build
 * their part from: the document's references, the identifiers' patterns, the attachment marks and
 * the rule of a composite answer. Below both the specs and the contract builder, so each kind's
 * `contract` member (kinds/) and the builder that walks the form share them without a cycle.
 */
import type { JsonSchema } from '../compiler/schema-types';
import type { FormElement } from '../format/types';
import { TIME_OF_DAY } from '../formats/time-of-day';

/** A JSON Schema 2020-12 document or subschema, as plain JSON. */
export type ContractSchema = { [keyword: string]: unknown };

/** A reference to one of the document's `$defs` (blank, unanswered, noControlCharacters). */
export const ref = (name: string): ContractSchema => ({ $ref: `#/$defs/${name}` });

/** Text of nothing but blanks: no answer where the server trims. */
export const ONLY_BLANKS = '^\\s*$';

/** The one assertion keyword of our own: on a date range, `end` is not before `start`. */
export const END_NOT_BEFORE_START = 'x-kevyt-endNotBeforeStart';

/** Forms of the Finnish identifiers (the check digit or character is the `format`'s). */
export const IDENTIFIER_PATTERNS = {
  businessId: '^[0-9]{7}-[0-9]$',
  personalId: '^[0-9]{6}[-+ABCDEFUVWXY][0-9]{3}[0-9A-Y]$',
  postalCode: '^[0-9]{5}$',
  municipality: '^[0-9]{3}$',
  time: TIME_OF_DAY.source,
} as const;

/** The server's compiled schema of the field as it stands: the kind adds nothing to it. */
export function asCompiled(_element: unknown, field: JsonSchema): ContractSchema {
  return { ...(field as ContractSchema) };
}

/** The compiled schema with the identifier's pattern beside its format. */
export function withPattern(pattern: string): (element: unknown, field: JsonSchema) => ContractSchema {
  return (_element, field) => ({ ...(field as ContractSchema), pattern });
}

/** The keys an object may hold (the shown fields' own rules say what under them). */
export function keysOf(elements: FormElement[]): Record<string, ContractSchema> {
  return Object.fromEntries(elements.map((e) => [e.key, {}]));
}

/** A part of an address or date range: trimmed text, so blanks, null and [] are no answer. */
const PART_BLANK: ContractSchema = { anyOf: [{ type: 'null' }, { type: 'array', maxItems: 0 }, { type: 'string', pattern: ONLY_BLANKS }] };

/**
 * A composite answer (address, date range): each part blank or as the compiled schema says (with
 * the patterns given), nothing else; every part when required, or once any part is begun.
 */
export function partsRule(
  parts: readonly string[],
  field: JsonSchema,
  required: boolean,
  extra: { patterns?: Record<string, string>; keywords?: ContractSchema } = {},
): ContractSchema {
  const properties: Record<string, ContractSchema> = {};
  for (const part of parts) {
    const partSchema = { ...(field.properties?.[part] as ContractSchema) };
    const pattern = extra.patterns?.[part];
    if (pattern !== undefined) partSchema.pattern = pattern;
    properties[part] = { anyOf: [PART_BLANK, partSchema] };
  }
  const answeredParts: ContractSchema = {
    required: [...parts],
    properties: Object.fromEntries(parts.map((p) => [p, { not: ref('unanswered') }])),
  };
  const out: ContractSchema = { type: 'object', properties, additionalProperties: ref('blank'), ...extra.keywords };
  if (required) return { ...out, allOf: [answeredParts] };
  return {
    ...out,
    if: { properties: Object.fromEntries(parts.map((p) => [p, ref('unanswered')])) },
    else: answeredParts,
  };
}
