/**
 * Seeded answers for a form definition, for property tests of the submission contract: mostly
 * right ones, and ones broken the ways clients break them (a required answer left out, a wrong
 * type or format, an answer of a field its condition hides or an answer missing where a condition
 * shows it, a key the form does not know, a blank, a list too long, a date range backwards).
 */
import type { FormData, FormElement } from '../format/types';
import type { FormDefinition } from '../format/types';
import { businessIdCheckDigit } from '../formats/business-id';
import { leastItems, mustAnswer } from '../validation/must-answer';
import { DEFAULT_MAX_FILES } from '../kinds/attachment';

/** mulberry32: a small seeded generator, the same numbers for the same seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratorRates {
  /** Leave an optional field out. */
  omitOptional: number;
  /** Leave a required field out. */
  omitRequired: number;
  /** Send a blank (null, '', [], blanks) instead. */
  blank: number;
  /** Send a wrong value: type, format, limit, option. */
  wrong: number;
  /** Add a key the form does not know to an object. */
  unknownKey: number;
}

export const MOSTLY_RIGHT: GeneratorRates = { omitOptional: 0.3, omitRequired: 0.004, blank: 0.01, wrong: 0.002, unknownKey: 0.002 };
export const OFTEN_BROKEN: GeneratorRates = { omitOptional: 0.3, omitRequired: 0.06, blank: 0.08, wrong: 0.04, unknownKey: 0.03 };

type Random = () => number;

const pick = <T>(rng: Random, items: readonly T[]): T => items[Math.floor(rng() * items.length)];
const between = (rng: Random, low: number, high: number): number => low + Math.floor(rng() * (high - low + 1));
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const WORDS = ['Kallio', 'kesä', 'konsertti', 'Närpes', 'torget', 'Åbo', 'lava', 'juhla', 'Aino', 'Virtanen', 'piha', 'katu'];
const MUNICIPALITIES = ['091', '049', '092', '853', '179', '564', '545'];
const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

function businessId(rng: Random): string {
  for (;;) {
    const digits = Array.from({ length: 7 }, () => between(rng, 0, 9)).join('');
    const check = businessIdCheckDigit(digits);
    if (check !== null) return `${digits}-${check}`;
  }
}

function personalId(rng: Random): string {
  const year = between(rng, 1940, 2005);
  const dd = pad(between(rng, 1, 28));
  const mm = pad(between(rng, 1, 12));
  const yy = pad(year % 100);
  const individual = pad(between(rng, 2, 899), 3);
  const sign = year >= 2000 ? pick(rng, ['A', 'B']) : pick(rng, ['-', 'Y']);
  return `${dd}${mm}${yy}${sign}${individual}${CHECK_CHARS[Number(dd + mm + yy + individual) % 31]}`;
}

function isoDate(rng: Random, min = '2026-01-01', max = '2027-12-31'): string {
  const low = Date.parse(min);
  const high = Date.parse(max);
  return new Date(low + Math.floor(rng() * ((high - low) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10);
}

function text(rng: Random, element: FormElement & { kind: 'text' | 'textarea' }, examples: ReadonlyMap<string, unknown>): string {
  const example = examples.get(element.key);
  if (element.pattern) return typeof example === 'string' ? example : 'x';
  const min = element.minLength ?? 1;
  const max = element.maxLength ?? 120;
  let out = pick(rng, WORDS);
  while (out.length < min) out += ` ${pick(rng, WORDS)}`;
  return out.slice(0, max).trim().padEnd(min, 'a');
}

function rightValue(rng: Random, element: FormElement, examples: ReadonlyMap<string, unknown>, rates: GeneratorRates): unknown {
  switch (element.kind) {
    case 'text':
    case 'textarea':
      return text(rng, element, examples);
    case 'number': {
      const min = element.min ?? 0;
      const max = element.max ?? min + 5000;
      const whole = between(rng, Math.ceil(min), Math.floor(max));
      return element.integer || rng() < 0.7 ? whole : Math.min(max, whole + 0.5);
    }
    case 'email':
      return `${pick(rng, ['aino', 'eero', 'lisa'])}.${between(rng, 1, 999)}@example.fi`;
    case 'phone':
      return pick(rng, ['040 123 4567', '+358 40 765 4321', '09 310 1691', '050-1234567']);
    case 'yesNo':
      return rng() < 0.5;
    case 'businessId':
      return businessId(rng);
    case 'personalId':
      return personalId(rng);
    case 'postalCode':
      return pad(between(rng, 0, 99999), 5);
    case 'municipality':
      return pick(rng, MUNICIPALITIES);
    case 'time':
      return `${pad(between(rng, 0, 23))}:${pad(between(rng, 0, 59))}`;
    case 'date':
      return isoDate(rng, element.min, element.max);
    case 'dateRange': {
      const a = isoDate(rng, element.min, element.max);
      const b = isoDate(rng, element.min, element.max);
      return a <= b ? { start: a, end: b } : { start: b, end: a };
    }
    case 'choice':
      return pick(rng, element.options).value;
    case 'multiChoice': {
      const least = leastItems(element);
      const most = Math.min(element.maxItems ?? element.options.length, element.options.length);
      const shuffled = [...element.options].sort(() => rng() - 0.5);
      return shuffled.slice(0, between(rng, least, most)).map((o) => o.value);
    }
    case 'address':
      return { street: `${pick(rng, WORDS)}katu ${between(rng, 1, 99)}`, postalCode: pad(between(rng, 0, 99999), 5), postOffice: pick(rng, WORDS) };
    case 'attachment':
      return Array.from({ length: between(rng, 1, Math.min(3, element.maxFiles ?? DEFAULT_MAX_FILES)) }, (_, i) => `att-${between(rng, 1, 9999)}-${i}`);
    case 'info':
      return undefined;
    case 'section':
      return answersFor(rng, element.elements, examples, rates);
    case 'group': {
      const least = leastItems(element);
      const most = Math.max(least, Math.min(element.maxItems ?? 3, 3));
      return Array.from({ length: between(rng, least, most) }, () => answersFor(rng, element.elements, examples, rates));
    }
  }
}

function wrongValue(rng: Random, element: FormElement, examples: ReadonlyMap<string, unknown>, rates: GeneratorRates): unknown {
  const generic = [42, 'teksti', true, { x: 1 }, ['a'], 'bad\u0007bell'];
  switch (element.kind) {
    case 'text':
    case 'textarea':
      return pick(rng, [7, 'x'.repeat((element.maxLength ?? 100_000) + 1), ...(element.minLength ? ['a'.repeat(element.minLength - 1) || 7] : []), ...(element.pattern ? ['!!'] : []), 'bad\u0000nul']);
    case 'number':
      return pick(rng, ['12', (element.max ?? 1e12) + 1, (element.min ?? -1e12) - 1, ...(element.integer ? [1.5] : []), true]);
    case 'email':
      return pick(rng, ['aino@', 'ei sähköposti', 5]);
    case 'phone':
      return pick(rng, ['123', 'puhelin', '+0 40 1']);
    case 'yesNo':
      return pick(rng, ['true', 1, 'kyllä']);
    case 'businessId':
      return pick(rng, ['1234567-1', '123456-7', 'FI12345678']);
    case 'personalId':
      return pick(rng, ['131052-308U', '310299-1234', '010190-000X', 12]);
    case 'postalCode':
      return pick(rng, ['0010', '001000', 100]);
    case 'municipality':
      return pick(rng, ['999', '91', 'Helsinki']);
    case 'time':
      return pick(rng, ['24:00', '9:30', '12.30']);
    case 'date':
      return pick(rng, ['2026-02-30', '15.6.2026', ...(element.min ? ['1900-01-01'] : []), ...(element.max ? ['2999-12-31'] : [])]);
    case 'dateRange':
      return pick(rng, [{ start: '2026-07-02', end: '2026-07-01' }, { start: '2026-07-01' }, { start: '2026-07-01', end: '2026-07-03', extra: 'x' }, '2026-07-01']);
    case 'choice':
      return pick(rng, ['noSuchOption', 3, [element.options[0]?.value]]);
    case 'multiChoice':
      return pick(rng, [['noSuchOption'], element.options[0]?.value ?? 'x', [element.options[0]?.value, element.options[0]?.value], element.options.map((o) => o.value).concat('extra')]);
    case 'address':
      return pick(rng, [{ street: 'Katu 1', postalCode: '00100' }, { street: 'Katu 1', postalCode: '123', postOffice: 'X' }, 'Katu 1', { street: 'Katu 1', postalCode: '00100', postOffice: 'H', floor: 2 }]);
    case 'attachment':
      return pick(rng, ['att-1', [''], ['att-1', 'att-1'], Array.from({ length: (element.maxFiles ?? DEFAULT_MAX_FILES) + 1 }, (_, i) => `att-${i}`), [5]]);
    case 'info':
      return pick(rng, ['ignored', 'bad\u0001']);
    case 'section':
      return pick(rng, ['osio', [answersFor(rng, element.elements, examples, rates)], { ...answersFor(rng, element.elements, examples, rates), unknownInSection: 1 }]);
    case 'group':
      return pick(rng, [
        answersFor(rng, element.elements, examples, rates),
        ['rivi'],
        Array.from({ length: (element.maxItems ?? 1000) + 1 }, () => ({})),
        ...(leastItems(element) > 1 ? [[answersFor(rng, element.elements, examples, rates)]] : []),
      ]);
    default:
      return pick(rng, generic);
  }
}

function answersFor(rng: Random, elements: FormElement[], examples: ReadonlyMap<string, unknown>, rates: GeneratorRates): FormData {
  const out: FormData = {};
  for (const element of elements) {
    if (element.kind === 'info' && rng() > rates.wrong) continue;
    const must = mustAnswer(element);
    if (rng() < (must ? rates.omitRequired : element.kind === 'section' || element.kind === 'group' ? rates.omitOptional / 3 : rates.omitOptional)) continue;
    const roll = rng();
    if (roll < rates.blank) out[element.key] = pick(rng, [null, '', [], '   ']);
    else if (roll < rates.blank + rates.wrong) out[element.key] = wrongValue(rng, element, examples, rates);
    else {
      const value = rightValue(rng, element, examples, rates);
      if (value !== undefined) out[element.key] = value;
    }
  }
  if (rng() < rates.unknownKey) {
    // As JSON.parse makes it: '__proto__' an own key, not the object's prototype.
    const value: unknown = pick(rng, ['x', 1, null, '', { admin: true }]);
    Object.defineProperty(out, pick(rng, ['isAdmin', 'extra', '__proto__', 'notes2']), { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Every answer of `examples` by key, at any depth (keys are unique in a form). */
export function answersByKey(examples: unknown, into = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(examples)) for (const item of examples) answersByKey(item, into);
  else if (typeof examples === 'object' && examples !== null)
    for (const [key, value] of Object.entries(examples)) {
      if (!into.has(key)) into.set(key, value);
      answersByKey(value, into);
    }
  return into;
}

/** One set of answers to the whole form. `examples`: right answers by key, for texts with a designer's pattern. */
export function generateAnswers(def: FormDefinition, rng: Random, rates: GeneratorRates, examples: ReadonlyMap<string, unknown> = new Map()): FormData {
  return answersFor(rng, def.pages.flatMap((p) => p.elements), examples, rates);
}
