/**
 * The live path of the renderer: compile ONE page at a time (rjsf lags on big schemas with
 * if/then/else, rjsf issue #3715), and recompile only when a value some condition reads changes.
 */
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { FormData, FormDefinition, FormElement, Lang } from '../../form-library/format/types';
import { compilePage } from './library';
import { overlayElements } from './ui-overlay';

function collectConditionFields(elements: FormElement[], into: Set<string>): void {
  for (const e of elements) {
    if (e.condition) into.add(e.condition.field);
    if (e.kind === 'section' || e.kind === 'group') collectConditionFields(e.elements, into);
  }
}

const conditionFieldCache = new WeakMap<FormDefinition, Set<string>>();

export function conditionFields(definition: FormDefinition): Set<string> {
  let fields = conditionFieldCache.get(definition);
  if (!fields) {
    fields = new Set();
    for (const page of definition.pages) {
      if (page.condition) fields.add(page.condition.field);
      collectConditionFields(page.elements, fields);
    }
    conditionFieldCache.set(definition, fields);
  }
  return fields;
}

/** A string that changes exactly when a value some condition reads changes (at any depth). */
export function conditionFingerprint(definition: FormDefinition, data: FormData): string {
  const fields = conditionFields(definition);
  if (fields.size === 0) return '';
  const parts: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (fields.has(k)) parts.push(`${path}.${k}=${JSON.stringify(v ?? null)}`);
        if (v && typeof v === 'object') walk(v, `${path}.${k}`);
      }
    }
  };
  walk(data, '');
  return parts.join('|');
}

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
