/**
 * The renderer's one door into form-library: compile a page, decide visibility, prune hidden
 * answers, validate. INTERIM: until form-library's compiler lands, a small local stand-in with the
 * same names and shapes keeps the renderer working; it is replaced by re-exports.
 */
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import type { Condition, FieldError, FormData, FormDefinition, FormElement, FormPage, Lang } from '../../form-library/format/types';
import { finnishFormats } from '../../form-library/formats';
import { localized } from './ui-overlay';

export { finnishFormats };

export interface CompiledPage {
  schema: RJSFSchema;
  uiSchema: UiSchema;
}

function findValue(data: unknown, key: string): unknown {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  if (key in record) return record[key];
  for (const v of Object.values(record)) {
    const found = findValue(v, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

export function conditionHolds(condition: Condition | undefined, scope: unknown, root: unknown): boolean {
  if (!condition) return true;
  const local = findValue(scope, condition.field);
  const value = local !== undefined ? local : findValue(root, condition.field);
  switch (condition.op) {
    case 'equals':
      return value === condition.value;
    case 'oneOf':
      return condition.values.some((v) => v === value);
    case 'answered':
      return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
  }
}

export function visiblePages(definition: FormDefinition, data: FormData): FormPage[] {
  return definition.pages.filter((p) => conditionHolds(p.condition, data, data));
}

function elementSchema(element: FormElement, lang: Lang, scope: unknown, root: FormData): RJSFSchema | null {
  const title = localized(element.label, lang);
  switch (element.kind) {
    case 'text':
    case 'textarea':
      return { type: 'string', title, minLength: element.minLength ?? (element.required ? 1 : undefined), maxLength: element.maxLength, pattern: element.pattern };
    case 'number':
      return { type: element.integer ? 'integer' : 'number', title, minimum: element.min, maximum: element.max };
    case 'email':
      return { type: 'string', title, format: 'email' };
    case 'phone':
      return { type: 'string', title, format: 'fi-phone' };
    case 'businessId':
      return { type: 'string', title, format: 'fi-business-id' };
    case 'personalId':
      return { type: 'string', title, format: 'fi-personal-id' };
    case 'postalCode':
      return { type: 'string', title, format: 'fi-postal-code' };
    case 'municipality':
      return { type: 'string', title, format: 'fi-municipality' };
    case 'yesNo':
      return { type: 'boolean', title };
    case 'date':
      return { type: 'string', title, format: 'date' };
    case 'dateRange':
      return { type: 'object', title, properties: { start: { type: 'string', format: 'date' }, end: { type: 'string', format: 'date' } }, required: element.required ? ['start', 'end'] : [] };
    case 'choice':
      return { type: 'string', title, enum: element.options.map((o) => o.value) };
    case 'multiChoice':
      return { type: 'array', title, uniqueItems: true, items: { type: 'string', enum: element.options.map((o) => o.value) }, minItems: element.minItems ?? (element.required ? 1 : undefined), maxItems: element.maxItems };
    case 'address':
      return { type: 'object', title, properties: { street: { type: 'string' }, postalCode: { type: 'string', format: 'fi-postal-code' }, postOffice: { type: 'string' } }, required: element.required ? ['street', 'postalCode', 'postOffice'] : [] };
    case 'attachment':
      return { type: 'array', title, items: { type: 'string' }, minItems: element.required ? 1 : undefined, maxItems: element.maxFiles };
    case 'info':
      return null;
    case 'section':
      return objectSchema(element.elements, lang, findValue(scope, element.key), root, title);
    case 'group':
      return { type: 'array', title, minItems: element.minItems, maxItems: element.maxItems, items: objectSchema(element.elements, lang, {}, root, '') };
  }
}

function objectSchema(elements: FormElement[], lang: Lang, scope: unknown, root: FormData, title: string): RJSFSchema {
  const properties: Record<string, RJSFSchema> = {};
  const required: string[] = [];
  for (const element of elements) {
    if (!conditionHolds(element.condition, scope, root)) continue;
    const schema = elementSchema(element, lang, scope, root);
    if (!schema) continue;
    properties[element.key] = JSON.parse(JSON.stringify(schema)) as RJSFSchema;
    if (element.required) required.push(element.key);
  }
  return { type: 'object', title: title || undefined, properties, required };
}

export function compilePage(definition: FormDefinition, pageIndex: number, lang: Lang, data: FormData): CompiledPage {
  const page = definition.pages[pageIndex];
  return { schema: objectSchema(page.elements, lang, data, data, ''), uiSchema: {} };
}

function pruneElements(elements: FormElement[], scope: Record<string, unknown>, root: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const element of elements) {
    if (element.kind === 'info' || !conditionHolds(element.condition, scope, root)) continue;
    const value = scope[element.key];
    if (value === undefined) continue;
    if (element.kind === 'section' && value && typeof value === 'object') out[element.key] = pruneElements(element.elements, value as Record<string, unknown>, root);
    else if (element.kind === 'group' && Array.isArray(value))
      out[element.key] = value.map((item) => pruneElements(element.elements, (item ?? {}) as Record<string, unknown>, root));
    else out[element.key] = value;
  }
  return out;
}

export function pruneHidden(definition: FormDefinition, data: FormData): FormData {
  return pruneElements(visiblePages(definition, data).flatMap((p) => p.elements), data, data);
}

const REQUIRED: Record<Lang, string> = { fi: 'Pakollinen tieto puuttuu.', sv: 'Obligatorisk uppgift saknas.', en: 'This is required.' };
const INVALID: Record<Lang, string> = { fi: 'Tarkista arvo.', sv: 'Kontrollera värdet.', en: 'Check the value.' };

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

function validateElements(elements: FormElement[], scope: Record<string, unknown>, root: FormData, lang: Lang, prefix: string, out: FieldError[]): void {
  for (const element of elements) {
    if (element.kind === 'info' || !conditionHolds(element.condition, scope, root)) continue;
    const path = prefix + element.key;
    const value = scope[element.key];
    if (element.kind === 'section') {
      validateElements(element.elements, (value ?? {}) as Record<string, unknown>, root, lang, `${path}.`, out);
      continue;
    }
    if (isEmpty(value)) {
      if (element.required) out.push({ path, message: REQUIRED[lang] });
      continue;
    }
    const format = ({ businessId: 'fi-business-id', personalId: 'fi-personal-id', postalCode: 'fi-postal-code', phone: 'fi-phone' } as const)[element.kind as 'businessId'];
    if (format && !finnishFormats[format](String(value))) out.push({ path, message: INVALID[lang] });
    if (element.kind === 'text' && element.pattern && !new RegExp(element.pattern).test(String(value)))
      out.push({ path, message: localized(element.patternMessage, lang) || INVALID[lang] });
    if (element.kind === 'group' && Array.isArray(value))
      value.forEach((item, i) => validateElements(element.elements, (item ?? {}) as Record<string, unknown>, root, lang, `${path}.${i}.`, out));
    if (element.kind === 'address' && element.required) {
      for (const part of ['street', 'postalCode', 'postOffice']) if (isEmpty((value as Record<string, unknown>)[part])) out.push({ path: `${path}.${part}`, message: REQUIRED[lang] });
    }
    if (element.kind === 'dateRange') {
      const range = value as { start?: string; end?: string };
      if (range.start && range.end && range.end < range.start) out.push({ path: `${path}.end`, message: INVALID[lang] });
    }
  }
}

export function validateSubmission(definition: FormDefinition, data: FormData, lang: Lang): FieldError[] {
  const out: FieldError[] = [];
  validateElements(visiblePages(definition, data).flatMap((p) => p.elements), data, data, lang, '', out);
  return out;
}
