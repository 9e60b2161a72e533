/** Pieces of JSON Schema several kinds compile to. */
import type { JsonSchema } from '../compiler/schema-types';
import { FORMAT_OF_KIND } from '../compiler/widget-names';

/** The schema with each limit that is set (undefined ones left out). */
export function withLimits(schema: JsonSchema, limits: Record<string, number | string | undefined>): JsonSchema {
  const out: Record<string, unknown> = { ...schema };
  for (const [keyword, value] of Object.entries(limits)) if (value !== undefined) out[keyword] = value;
  return out as JsonSchema;
}

/** A date's schema; formatMinimum/formatMaximum come from ajv-formats (rjsf's validator has them too). */
export function dateSchema(min?: string, max?: string): JsonSchema {
  return withLimits({ type: 'string', format: FORMAT_OF_KIND.date }, { formatMinimum: min, formatMaximum: max });
}
