/**
 * The pieces of the pack format's JSON Schema that the element kinds' own parts are written in
 * (kinds/<kind>.ts `format`): references to the schema's shared definitions, counts, ISO dates and
 * a choice's options. pack-schema.ts assembles them into the element schema.
 */
export type Schema = Record<string, unknown>;

/** A reference to one of the pack schema's definitions ('localizedText', 'element', …). */
export const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });

export const isoDate: Schema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
export const count: Schema = { type: 'integer', minimum: 0 };

export const choiceOptions: Schema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['value', 'label'],
    properties: { value: { type: 'string' }, label: ref('localizedText') },
    additionalProperties: false,
  },
};

/** A kind's part of the format: the properties it adds to what every element has, and which of them it needs. */
export interface KindFormat {
  properties: Record<string, Schema>;
  required?: readonly string[];
}
