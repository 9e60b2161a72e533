/**
 * The live path of the renderer: compile ONE page at a time (rjsf lags on big schemas with
 * if/then/else, rjsf issue #3715), and recompile only when the form's shape changes (the
 * visibility key of ./visibility).
 */
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { FormData, FormDefinition, Lang } from '../../form-library/format/types';
import { compilePage } from './library';
import { overlayElements } from './ui-overlay';

export interface RenderablePage {
  schema: RJSFSchema;
  uiSchema: UiSchema;
  keys: Set<string>;
}

export function renderablePage(definition: FormDefinition, pageIndex: number, lang: Lang, data: FormData): RenderablePage {
  const compiled = compilePage(definition, pageIndex, lang, data);
  const page = definition.pages[pageIndex];
  const { schema, uiSchema } = overlayElements(page.elements, lang, compiled.schema, compiled.uiSchema);
  return { schema, uiSchema, keys: new Set(page.elements.map((e) => e.key)) };
}
