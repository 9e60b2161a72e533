/**
 * Puts OUR widgets, fields and texts on top of a compiled page: the compiler decides what the data
 * must be (schema); this decides how each element kind looks (uiSchema), from the definition itself,
 * so the renderer does not depend on the widget names a compiler happens to use (each kind's widget
 * or field is its view's, kind-views.ts).
 */
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { FormElement, Lang } from '../../form-library/format/types';
import { localize } from '../../form-library/format/localize';
import { specOfElement } from '../../form-library/kinds/kind-specs';
import { viewOfElement } from './kind-views';

type SchemaObject = RJSFSchema & { properties?: Record<string, RJSFSchema>; items?: RJSFSchema };

function asObject(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Overlays the elements of one object level (a page, a section, one item of a group). */
export function overlayElements(
  elements: FormElement[],
  lang: Lang,
  schema: RJSFSchema,
  uiSchema: UiSchema | undefined,
): { schema: RJSFSchema; uiSchema: UiSchema } {
  const source = schema as SchemaObject;
  const properties: Record<string, RJSFSchema> = { ...(source.properties ?? {}) };
  const ui: UiSchema = { ...(uiSchema ?? {}) };
  const order: string[] = [];
  for (const element of elements) {
    const compiledUi = asObject(ui[element.key]) as UiSchema;
    const options = { ...asObject(compiledUi['ui:options']), element };
    const next: UiSchema = { ...compiledUi, 'ui:title': localize(element.label, lang), 'ui:options': options };
    const help = localize(element.help, lang);
    if (help) next['ui:help'] = help;
    else delete next['ui:help'];
    delete next['ui:description'];

    let propSchema = properties[element.key];
    if (!specOfElement(element).holdsData && !propSchema) {
      // Info holds no data; the compiler may leave it out of the schema, yet it must still show.
      propSchema = { type: 'null' };
    }
    if (!propSchema) continue; // hidden by a condition: the compiler left it out
    order.push(element.key);

    const { widget, field, enumNames } = viewOfElement(element);
    if (widget) next['ui:widget'] = typeof widget === 'string' ? widget : widget(element);
    if (field) next['ui:field'] = field;
    if (enumNames) next['ui:enumNames'] = enumNames(element, lang);
    if (element.kind === 'section') {
      const inner = overlayElements(element.elements, lang, propSchema, compiledUi);
      propSchema = inner.schema;
      Object.assign(next, inner.uiSchema, { 'ui:title': localize(element.label, lang), 'ui:options': options });
    }
    if (element.kind === 'group') {
      const itemSchema = (propSchema as SchemaObject).items ?? { type: 'object', properties: {} };
      const inner = overlayElements(element.elements, lang, itemSchema, asObject(compiledUi.items) as UiSchema);
      propSchema = { ...propSchema, items: inner.schema };
      next.items = inner.uiSchema;
      next['ui:options'] = { ...options, orderable: false, copyable: false };
    }
    properties[element.key] = propSchema;
    ui[element.key] = next;
  }
  ui['ui:order'] = [...order, '*'];
  return { schema: { ...schema, properties }, uiSchema: ui };
}
