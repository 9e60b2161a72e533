export { compileForm, compilePage, compileValidationSchema, type CompiledForm, type JsonSchema, type UiSchema } from './compile-form';
export { WIDGETS, FIELDS, FORMAT_OF_KIND } from './widget-names';
