/**
 * The check of a customer's answers, given the form's compiled schema check: hidden answers are
 * dropped first, unknown keys are errors, required-when-visible comes from the form walk, types,
 * formats and limits from the schema check. Errors come in document order with dotted paths
 * ('organiser.businessId', 'performers.0.performerName') and messages in the chosen language.
 *
 * Apart from validate-submission.ts, which compiles checks with ajv, so that the customer's page,
 * which imports its check precompiled, carries no ajv (a quarter of its JavaScript).
 */
import type { ErrorObject } from 'ajv';
import type { FieldError, FormData, FormDefinition, FormElement, Lang } from '../format/types';
import { localize } from '../format/localize';
import { copyData, deleteAll } from '../conditions/prune-hidden';
import { isRecord, walkForm, type DataPath } from '../conditions/walk-form';
import { formatShortDate } from '../../i18n/intl-format';
import { message, type MessageId } from './messages';
import { normalizeInPlace } from './normalize-answers';
import { specOf, specOfElement } from '../kinds/kind-specs';
import type { MissingAnswer } from '../kinds/kind-spec';
import { businessIdMessage, personalIdMessage } from './identifier-messages';
import {
  formBounds, MAX_DATA_DEPTH, MAX_DATA_VALUES, MAX_UNKNOWN_KEYS, shapeProblem, type ListKind,
} from './data-bounds';

/** What checkAnswers needs of a compiled schema: ajv's ValidateFunction and ajv's standalone code both fit. */
export interface SchemaCheck {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export type SubmissionValidation = { ok: true; data: FormData } | { ok: false; errors: FieldError[] };

/** Too many items of a list (the kind's spec names them: rows, choices, files). */
const tooMany = (kind: ListKind): MessageId => specOf(kind).listMessages?.more ?? 'maxItems';

/** Errors that refuse the answers before they are walked and checked item by item, or null. */
function outOfBounds(def: FormDefinition, data: FormData, lang: Lang): FieldError[] | null {
  // The form's own bounds first, so that a list too long is named as such; this walk follows the
  // form, not the data, so it is safe at any depth and looks at no item of an oversized list.
  const bounds = formBounds(def, data);
  if (bounds.oversized.length > 0)
    return bounds.oversized.map((o) => ({ path: o.path.join('.'), message: message(tooMany(o.kind), lang, { limit: o.limit }) }));
  const shape = shapeProblem(data);
  if (shape?.kind === 'tooDeep') return [{ path: shape.path.join('.'), message: message('tooDeep', lang, { limit: MAX_DATA_DEPTH }) }];
  if (shape?.kind === 'tooManyValues') return [{ path: '', message: message('tooManyValues', lang, { limit: MAX_DATA_VALUES }) }];
  if (shape?.kind === 'controlCharacter')
    return [{ path: shape.path.join('.'), message: message('controlCharacter', lang, { char: shape.codePoint }) }];
  if (bounds.unknown.length > MAX_UNKNOWN_KEYS) {
    const text = message('unknownField', lang);
    return bounds.unknown.map((path) => ({ path: path.join('.'), message: text }));
  }
  return null;
}

interface OrderedError extends FieldError {
  order: number;
}


/**
 * `check`: the definition's validation schema compiled by ajv, in this process (validatorFor in
 * validate-submission.ts) or ahead (the server's standalone code, which a browser whose CSP
 * forbids compiling imports).
 */
export function checkAnswers(def: FormDefinition, data: unknown, lang: Lang, check: SchemaCheck): SubmissionValidation {
  if (!isRecord(data)) return { ok: false, errors: [{ path: '', message: message('notObject', lang) }] };
  // Bounds first (data-bounds.ts): what follows walks the data recursively and checks every item.
  const refused = outOfBounds(def, data, lang);
  if (refused) return { ok: false, errors: refused };
  // One walk decides both what to drop and what is missing; blanks ('', null, []) count as not given.
  const cleaned = copyData(data, true) as FormData;
  normalizeInPlace(def, cleaned);
  const hidden: DataPath[] = [];
  const missing: MissingAnswer[] = [];
  walkForm(def, cleaned, ({ element, path, value, visible }) => {
    const spec = specOfElement(element);
    if (!visible || !spec.holdsData) hidden.push(path);
    // Each kind says what a shown element of it still needs (kinds/).
    else for (const answer of spec.missingAnswers(element, path, value)) missing.push(answer);
  });
  deleteAll(cleaned, hidden);

  const validate = check;
  const valid = validate(cleaned);
  if (valid && missing.length === 0) return { ok: true, data: cleaned };

  const ajvErrors = valid ? [] : (validate.errors ?? []);
  const order = documentOrder(def, cleaned);
  const errors: OrderedError[] = [];
  for (const m of missing) {
    const path = m.path.join('.');
    errors.push({ path, message: message(m.id, lang, m.params), order: orderOf(order, path) });
  }
  for (const e of ajvErrors) {
    const mapped = mapAjvError(def, e, lang, cleaned);
    if (mapped) errors.push({ ...mapped, order: orderOf(order, mapped.path) });
  }

  // Document order; one message per place, the first found (required before format) wins.
  errors.sort((a, b) => a.order - b.order);
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const { path, message: text } of errors) {
    if (seen.has(path)) continue;
    seen.add(path);
    out.push({ path, message: text });
  }
  return { ok: false, errors: out };
}

/** Dotted paths of the form's places in document order (composite parts after their field). */
function documentOrder(def: FormDefinition, data: FormData): Map<string, number> {
  const order = new Map<string, number>();
  walkForm(def, data, ({ element, path }) => {
    const dotted = path.join('.');
    order.set(dotted, order.size);
    for (const part of specOfElement(element).parts ?? []) order.set(`${dotted}.${part}`, order.size);
  });
  return order;
}

/** The place of a path in the form: its own, or its nearest known ancestor's; unknown keys go last. */
function orderOf(order: Map<string, number>, path: string): number {
  let p = path;
  while (p) {
    const found = order.get(p);
    // An unknown key inside a known place sorts just after that place.
    if (found !== undefined) return found + (p === path ? 0 : 0.5);
    const cut = p.lastIndexOf('.');
    p = cut < 0 ? '' : p.slice(0, cut);
  }
  return Number.MAX_SAFE_INTEGER;
}

/** The value at an ajv instance path ('/organiser/businessId', '/performers/0/name') in `data`. */
function valueAt(data: FormData, instancePath: string): unknown {
  let node: unknown = data;
  for (const step of instancePath.split('/').slice(1)) {
    const key = step.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isRecord(node)) node = Object.hasOwn(node, key) ? node[key] : undefined;
    else return undefined;
  }
  return node;
}

function dottedPath(instancePath: string, child?: string): string {
  const parts = instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) parts.push(child);
  return parts.join('.');
}

/** The element a data path points into (group indexes and list items skipped), or undefined. */
function elementAt(def: FormDefinition, path: string): FormElement | undefined {
  let elements: FormElement[] = def.pages.flatMap((p) => p.elements);
  let current: FormElement | undefined;
  for (const step of path.split('.')) {
    if (/^\d+$/.test(step)) continue;
    if (current && specOfElement(current).parts) return current;
    current = elements.find((e) => e.key === step);
    if (!current) return undefined;
    elements = current.kind === 'section' || current.kind === 'group' ? current.elements : [];
  }
  return current;
}

const TYPE_MESSAGES: Record<string, MessageId> = {
  object: 'notObject', array: 'notList', string: 'notText', number: 'notNumber', integer: 'notInteger', boolean: 'notYesNo',
};

function mapAjvError(def: FormDefinition, e: ErrorObject, lang: Lang, data: FormData): FieldError | null {
  const params = e.params as Record<string, unknown>;
  const at = (id: MessageId, extra?: Record<string, string | number>, path = dottedPath(e.instancePath)): FieldError =>
    ({ path, message: message(id, lang, extra) });
  const limit = params.limit as number;
  switch (e.keyword) {
    case 'additionalProperties':
      return at('unknownField', {}, dottedPath(e.instancePath, String(params.additionalProperty)));
    case 'required':
      return at('required', {}, dottedPath(e.instancePath, String(params.missingProperty)));
    case 'type':
      return at(TYPE_MESSAGES[String(params.type)] ?? 'invalid');
    case 'format': {
      // An identifier's message names what is wrong with it, as the live check beside the field does.
      const value = valueAt(data, e.instancePath);
      const path = dottedPath(e.instancePath);
      const identifier = typeof value !== 'string' ? null
        : params.format === 'fi-business-id' ? businessIdMessage(value, lang)
        : params.format === 'fi-personal-id' ? personalIdMessage(value, lang)
        : null;
      if (identifier) return { path, message: identifier };
      const id = `format.${String(params.format)}`;
      return at(id in FORMAT_IDS ? (id as MessageId) : 'invalid');
    }
    case 'minLength':
    case 'maxLength':
    case 'minimum':
    case 'maximum':
      return at(e.keyword, { limit });
    case 'formatMinimum':
    case 'formatMaximum':
      return at(e.keyword === 'formatMinimum' ? 'dateMin' : 'dateMax', { limit: formatShortDate(String(params.limit), lang) });
    case 'minItems':
    case 'maxItems': {
      const element = elementAt(def, dottedPath(e.instancePath));
      const messages = (element && specOfElement(element).listMessages) ?? { fewer: 'minItems', more: 'maxItems' };
      return at(e.keyword === 'minItems' ? messages.fewer : messages.more, { limit });
    }
    case 'pattern': {
      const element = elementAt(def, dottedPath(e.instancePath));
      const custom = element && 'patternMessage' in element && element.patternMessage ? localize(element.patternMessage, lang) : '';
      return custom ? { path: dottedPath(e.instancePath), message: custom } : at('pattern');
    }
    case 'enum':
      return at('enum');
    case 'uniqueItems':
      return at('duplicate');
    default:
      return at('invalid');
  }
}

const FORMAT_IDS: Record<string, true> = {
  'format.fi-postal-code': true,
  'format.fi-phone': true,
  'format.fi-municipality': true,
  'format.email': true,
  'format.date': true,
  'format.fi-time': true,
};

/** Attachment ids the visible attachment fields of `data` refer to, each once. */
export function attachmentIds(def: FormDefinition, data: FormData): string[] {
  const ids = new Set<string>();
  walkForm(def, data, ({ element, value, visible }) => {
    if (!visible || element.kind !== 'attachment' || !Array.isArray(value)) return;
    for (const id of value) if (typeof id === 'string' && id !== '') ids.add(id);
  });
  return [...ids];
}

