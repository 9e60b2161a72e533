/**
 * Compiles a form definition to a JSON Schema (what the data looks like) and an rjsf v6 uiSchema
 * (how it reads in one language). Sections become nested objects, repeating groups arrays of
 * objects, pages do not nest data. With `data`, fields hidden by conditions are left out instead
 * of encoded as if/then/else, which rjsf evaluates slowly (rjsf issue #3715).
 */
import type { JSONSchema7 } from 'json-schema';
import type { FormData, FormDefinition, FormElement, Lang } from '../format/types';
import { localize } from '../format/localize';
import { walkForm } from '../conditions/walk-form';
import { leastItems, mustAnswer } from '../validation/must-answer';
import { FIELDS, FORMAT_OF_KIND, WIDGETS } from './widget-names';
import { maxFilesOf } from '../validation/data-bounds';
import { partTexts } from '../../i18n/catalogs/form';
import { translator } from '../../i18n/translate';

export type JsonSchema = JSONSchema7;
/** An rjsf uiSchema: `ui:*` options and nested uiSchemas by property name (or `items`). */
export type UiSchema = { [key: string]: unknown };

export interface CompiledForm {
  schema: JsonSchema;
  uiSchema: UiSchema;
}

/**
 * How an element shows with the data at hand: 'visible' in every place it occurs, 'hidden' in
 * every place, 'perItem' when repeating-group items differ, 'conditional' when unknown (no data
 * given, or a group with no items yet).
 */
type Shown = 'visible' | 'hidden' | 'perItem' | 'conditional';

interface Context {
  /** null: the language-neutral schema used for validation (no texts, no required). */
  lang: Lang | null;
  shown: (element: FormElement) => Shown;
  /**
   * The page renderer shows a 'perItem' element only in the items whose answers show it (it hides
   * the rest by the form walk), so there it is required as usual. A whole-form schema must leave
   * it optional, since it validates every item alike.
   */
  perItemShownOnlyWhereVisible: boolean;
}

/** The whole form as one object (all visible pages); unknown keys are not allowed. */
export function compileForm(def: FormDefinition, lang: Lang, data?: FormData): CompiledForm {
  const ctx: Context = { lang, shown: visibility(def, data), perItemShownOnlyWhereVisible: false };
  const elements = data === undefined ? def.pages.flatMap((p) => p.elements) : visiblePageElements(def, ctx);
  const compiled = compileObject(elements, ctx);
  compiled.schema.additionalProperties = false;
  return compiled;
}

/**
 * One page as a root object, for a page-at-a-time renderer that shows a repeating group's fields
 * per item as the form walk decides (runtime/form-renderer). Its root allows other keys, because
 * the form data holds the answers of the other pages too.
 */
export function compilePage(def: FormDefinition, pageIndex: number, lang: Lang, data?: FormData): CompiledForm {
  const page = def.pages[pageIndex];
  if (!page) throw new RangeError(`The form has no page ${pageIndex}`);
  const ctx: Context = { lang, shown: visibility(def, data), perItemShownOnlyWhereVisible: true };
  const compiled = compileObject(page.elements, ctx);
  compiled.uiSchema['ui:title'] = localize(page.title, lang);
  return compiled;
}

/**
 * The schema `validateSubmission` checks pruned data against: every data field of every page,
 * no texts, no `required` (required-when-visible is decided by the form walk), closed objects.
 * It depends only on the definition, so one compiled validator serves every visibility shape.
 */
export function compileValidationSchema(def: FormDefinition): JsonSchema {
  const ctx: Context = { lang: null, shown: () => 'conditional', perItemShownOnlyWhereVisible: false };
  const { schema } = compileObject(def.pages.flatMap((p) => p.elements), ctx);
  schema.additionalProperties = false;
  return schema;
}

function visiblePageElements(def: FormDefinition, ctx: Context): FormElement[] {
  // A hidden page's top elements are all hidden, so filtering elements covers pages too.
  return def.pages.flatMap((p) => p.elements).filter((e) => ctx.shown(e) !== 'hidden');
}

function visibility(def: FormDefinition, data: FormData | undefined): (element: FormElement) => Shown {
  if (data === undefined) {
    const onConditionalPage = new Set(def.pages.filter((p) => p.condition).flatMap((p) => p.elements));
    return (element) => (element.condition || onConditionalPage.has(element) ? 'conditional' : 'visible');
  }
  const seen = new Map<FormElement, { shown: number; hidden: number }>();
  walkForm(def, data, ({ element, visible }) => {
    const tally = seen.get(element) ?? { shown: 0, hidden: 0 };
    if (visible) tally.shown++;
    else tally.hidden++;
    seen.set(element, tally);
  });
  return (element) => {
    const tally = seen.get(element);
    // Not visited: inside a group with no items yet; its condition cannot be decided.
    if (!tally) return element.condition ? 'conditional' : 'visible';
    if (tally.hidden === 0) return 'visible';
    if (tally.shown === 0) return 'hidden';
    return 'perItem';
  };
}

/** `definite`: every container above is shown for sure, so a required field here is required now. */
function compileObject(elements: FormElement[], ctx: Context, definite = true): CompiledForm {
  const properties: Record<string, JsonSchema> = {};
  const uiSchema: UiSchema = {};
  const required: string[] = [];
  const order: string[] = [];
  for (const element of elements) {
    const shown = ctx.shown(element);
    if (shown === 'hidden') continue;
    if (element.kind === 'info' && ctx.lang === null) continue;
    const shownForSure = definite && (shown === 'visible' || (shown === 'perItem' && ctx.perItemShownOnlyWhereVisible));
    const requiredNow = shownForSure && ctx.lang !== null && mustAnswer(element);
    const compiled = compileElement(element, ctx, requiredNow, shownForSure);
    properties[element.key] = compiled.schema;
    uiSchema[element.key] = compiled.uiSchema;
    order.push(element.key);
    if (requiredNow) required.push(element.key);
  }
  const schema: JsonSchema = { type: 'object', properties };
  if (required.length > 0) schema.required = required;
  if (ctx.lang !== null) uiSchema['ui:order'] = order;
  return { schema, uiSchema };
}

function withLimits(schema: JsonSchema, limits: Record<string, number | string | undefined>): JsonSchema {
  const out: Record<string, unknown> = { ...schema };
  for (const [keyword, value] of Object.entries(limits)) if (value !== undefined) out[keyword] = value;
  return out as JsonSchema;
}

/** A date's schema; formatMinimum/formatMaximum come from ajv-formats (rjsf's validator has them too). */
function dateSchema(min?: string, max?: string): JsonSchema {
  return withLimits({ type: 'string', format: FORMAT_OF_KIND.date }, { formatMinimum: min, formatMaximum: max });
}

function compileElement(element: FormElement, ctx: Context, requiredNow: boolean, shownForSure: boolean): CompiledForm {
  const { lang } = ctx;
  const ui: UiSchema = {};
  if (lang !== null) {
    ui['ui:title'] = localize(element.label, lang);
    if (element.help) ui['ui:description'] = localize(element.help, lang);
  }
  const titled = (schema: JsonSchema): JsonSchema => (lang === null ? schema : { title: localize(element.label, lang), ...schema });

  switch (element.kind) {
    case 'text':
    case 'textarea': {
      if (element.kind === 'textarea') ui['ui:widget'] = WIDGETS.textarea;
      return {
        schema: titled(withLimits({ type: 'string' }, {
          minLength: element.minLength, maxLength: element.maxLength, pattern: element.pattern,
        })),
        uiSchema: ui,
      };
    }
    case 'number':
      return {
        schema: titled(withLimits({ type: element.integer ? 'integer' : 'number' }, { minimum: element.min, maximum: element.max })),
        uiSchema: ui,
      };
    case 'email':
    case 'phone':
    case 'businessId':
    case 'personalId':
    case 'postalCode':
    case 'municipality':
      ui['ui:widget'] = WIDGETS[element.kind];
      return { schema: titled({ type: 'string', format: FORMAT_OF_KIND[element.kind] }), uiSchema: ui };
    case 'yesNo':
      ui['ui:widget'] = WIDGETS.radio;
      if (lang !== null) ui['ui:enumNames'] = [translator(partTexts, lang)('yes'), translator(partTexts, lang)('no')];
      return { schema: titled({ type: 'boolean', enum: [true, false] }), uiSchema: ui };
    case 'time':
      ui['ui:widget'] = WIDGETS.time;
      return { schema: titled({ type: 'string', format: FORMAT_OF_KIND.time }), uiSchema: ui };
    case 'date':
      ui['ui:widget'] = WIDGETS.date;
      return { schema: titled(dateSchema(element.min, element.max)), uiSchema: ui };
    case 'dateRange': {
      ui['ui:field'] = FIELDS.dateRange;
      if (lang !== null) {
        ui.start = { 'ui:title': translator(partTexts, lang)('start'), 'ui:widget': WIDGETS.date };
        ui.end = { 'ui:title': translator(partTexts, lang)('end'), 'ui:widget': WIDGETS.date };
        ui['ui:order'] = ['start', 'end'];
      }
      const schema: JsonSchema = {
        type: 'object',
        properties: { start: dateSchema(element.min, element.max), end: dateSchema(element.min, element.max) },
        additionalProperties: false,
      };
      if (requiredNow) schema.required = ['start', 'end'];
      return { schema: titled(schema), uiSchema: ui };
    }
    case 'choice': {
      ui['ui:widget'] = element.display === 'select' ? WIDGETS.select : WIDGETS.radio;
      if (lang !== null) ui['ui:enumNames'] = element.options.map((o) => localize(o.label, lang));
      return { schema: titled({ type: 'string', enum: element.options.map((o) => o.value) }), uiSchema: ui };
    }
    case 'multiChoice': {
      ui['ui:widget'] = WIDGETS.checkboxes;
      if (lang !== null) ui.items = { 'ui:enumNames': element.options.map((o) => localize(o.label, lang)) };
      const minItems = leastItems(element);
      return {
        schema: titled(withLimits(
          { type: 'array', items: { type: 'string', enum: element.options.map((o) => o.value) }, uniqueItems: true },
          { minItems: minItems || undefined, maxItems: element.maxItems },
        )),
        uiSchema: ui,
      };
    }
    case 'address': {
      ui['ui:field'] = FIELDS.address;
      if (lang !== null) {
        ui.street = { 'ui:title': translator(partTexts, lang)('street') };
        ui.postalCode = { 'ui:title': translator(partTexts, lang)('postalCode'), 'ui:widget': WIDGETS.postalCode };
        ui.postOffice = { 'ui:title': translator(partTexts, lang)('postOffice') };
        ui['ui:order'] = ['street', 'postalCode', 'postOffice'];
      }
      const schema: JsonSchema = {
        type: 'object',
        properties: {
          street: { type: 'string', maxLength: 200 },
          postalCode: { type: 'string', format: FORMAT_OF_KIND.postalCode },
          postOffice: { type: 'string', maxLength: 100 },
        },
        additionalProperties: false,
      };
      if (requiredNow) schema.required = ['street', 'postalCode', 'postOffice'];
      return { schema: titled(schema), uiSchema: ui };
    }
    case 'attachment': {
      ui['ui:widget'] = WIDGETS.attachment;
      ui['ui:options'] = { accept: element.accept, maxFiles: maxFilesOf(element), maxSizeMb: element.maxSizeMb ?? 10 };
      return {
        schema: titled(withLimits(
          { type: 'array', items: { type: 'string', minLength: 1, maxLength: 100 }, uniqueItems: true },
          { minItems: requiredNow ? 1 : undefined, maxItems: maxFilesOf(element) },
        )),
        uiSchema: ui,
      };
    }
    case 'info': {
      // Holds no data; the renderer's info field shows the text.
      ui['ui:field'] = FIELDS.info;
      if (lang !== null) ui['ui:options'] = { text: localize(element.text, lang) };
      return { schema: titled({ type: 'null' }), uiSchema: ui };
    }
    case 'section': {
      const inner = compileObject(element.elements, ctx, shownForSure);
      inner.schema.additionalProperties = false;
      return { schema: titled(inner.schema), uiSchema: { ...ui, ...inner.uiSchema } };
    }
    case 'group': {
      const inner = compileObject(element.elements, ctx, shownForSure);
      inner.schema.additionalProperties = false;
      if (lang !== null) {
        if (element.itemLabel) inner.uiSchema['ui:title'] = localize(element.itemLabel, lang);
        ui['ui:options'] = { orderable: false };
      }
      const minItems = leastItems(element);
      return {
        schema: titled(withLimits({ type: 'array', items: inner.schema }, { minItems: minItems || undefined, maxItems: element.maxItems })),
        uiSchema: { ...ui, items: inner.uiSchema },
      };
    }
  }
}
