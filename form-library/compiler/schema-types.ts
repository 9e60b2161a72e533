/** The shapes the compiler produces: a JSON Schema and an rjsf v6 uiSchema. */
import type { JSONSchema7 } from 'json-schema';

export type JsonSchema = JSONSchema7;
/** An rjsf uiSchema: `ui:*` options and nested uiSchemas by property name (or `items`). */
export type UiSchema = { [key: string]: unknown };

export interface CompiledForm {
  schema: JsonSchema;
  uiSchema: UiSchema;
}
