/**
 * The renderer's one door into form-library: compile a page, decide visibility, prune hidden
 * answers, validate. Shapes are adapted here so the components stay simple.
 */
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
// Submodules, not the index: the index also carries the pack schema, which the browser does not need.
import { compilePage as compileLibraryPage } from '../../form-library/compiler/compile-form';
import { pruneHidden } from '../../form-library/conditions/prune-hidden';
import { visiblePages as visibleLibraryPages } from '../../form-library/conditions/walk-form';
// check-answers, not validate-submission: the latter compiles with ajv, which the customer's page must not carry.
import { checkAnswers, type SchemaCheck } from '../../form-library/validation/check-answers';
import type { FieldError, FormData, FormDefinition, FormPage, Lang } from '../../form-library/format/types';

export { pruneHidden };

export interface CompiledPage {
  schema: RJSFSchema;
  uiSchema: UiSchema;
}

export function compilePage(definition: FormDefinition, pageIndex: number, lang: Lang, data: FormData): CompiledPage {
  const compiled = compileLibraryPage(definition, pageIndex, lang, data);
  return { schema: compiled.schema as RJSFSchema, uiSchema: compiled.uiSchema as UiSchema };
}

export function visiblePages(definition: FormDefinition, data: FormData): FormPage[] {
  return visibleLibraryPages(definition, data).map((v) => v.page);
}

/**
 * Field errors of the answers as they stand (hidden fields are neither required nor checked);
 * `check`: the form's schema check (precompiled by the server, or compiled in a page that may).
 */
export function fieldErrorsOf(definition: FormDefinition, data: FormData, lang: Lang, check: SchemaCheck): FieldError[] {
  const result = checkAnswers(definition, data, lang, check);
  return result.ok ? [] : result.errors;
}
