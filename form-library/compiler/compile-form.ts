/**
 * Compiles a form definition to a JSON Schema (what the data looks like) and an rjsf v6 uiSchema
 * (how it reads in one language). Sections become nested objects, repeating groups arrays of
 * objects, pages do not nest data. With `data`, fields hidden by conditions are left out instead
 * of encoded as if/then/else, which rjsf evaluates slowly (rjsf issue #3715).
 */
import type { FormData, FormDefinition, FormElement, Lang } from '../format/types';
import { localize } from '../format/localize';
import { walkForm } from '../conditions/walk-form';
import { mustAnswer } from '../validation/must-answer';
import { specOfElement } from '../kinds/kind-specs';
import type { CompiledForm, JsonSchema, UiSchema } from './schema-types';

export type { CompiledForm, JsonSchema, UiSchema } from './schema-types';

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
    if (ctx.lang === null && !specOfElement(element).holdsData) continue;
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

function compileElement(element: FormElement, ctx: Context, requiredNow: boolean, shownForSure: boolean): CompiledForm {
  const { lang } = ctx;
  const ui: UiSchema = {};
  if (lang !== null) {
    ui['ui:title'] = localize(element.label, lang);
    if (element.help) ui['ui:description'] = localize(element.help, lang);
  }
  const compiled = specOfElement(element).compile(element, {
    lang,
    requiredNow,
    ui,
    compileChildren: (elements) => compileObject(elements, ctx, shownForSure),
  });
  const schema = lang === null ? compiled.schema : { title: localize(element.label, lang), ...compiled.schema };
  return { schema, uiSchema: compiled.uiSchema };
}
