/**
 * Answers in their stored form: text trimmed, identifiers in their normal form, as each kind's spec
 * says (kinds/; the identifiers' normal forms are in formats/normalize).
 * validateSubmission checks and returns answers normalised so (in the browser and on the server
 * alike), and the customer app sends them so, so the summary, the receipt and the stored
 * submission show the same value. A text left empty by trimming is no answer.
 */
import type { FormData, FormDefinition, FormElement } from '../format/types';
import { isRecord } from '../conditions/walk-form';
import { copyData } from '../conditions/prune-hidden';
import { specOfElement } from '../kinds/kind-specs';

/** Sets `container[key]` to its normal form, or removes it when nothing is left. */
function normalizeEntry(container: Record<string, unknown>, key: string, normalize: (value: string) => string): void {
  const value = container[key];
  if (typeof value !== 'string') return;
  const normal = normalize(value);
  if (normal === '') delete container[key];
  else if (normal !== value) container[key] = normal;
}

/** What normalising does at one level of the answers, per element that has anything to normalise. */
type NormalizeStep =
  | { key: string; each: 'level'; level: NormalizeStep[] }
  | { key: string; each: 'item'; level: NormalizeStep[] }
  | { key: string; each: 'answer' | 'part'; text: (value: string) => string };

function levelSteps(elements: readonly FormElement[]): NormalizeStep[] {
  const steps: NormalizeStep[] = [];
  for (const element of elements) {
    if (element.kind === 'section') steps.push({ key: element.key, each: 'level', level: levelSteps(element.elements) });
    else if (element.kind === 'group') steps.push({ key: element.key, each: 'item', level: levelSteps(element.elements) });
    else {
      // Each kind says how its text is stored (kinds/): the answer itself, or every part of a composite one.
      const normalizer = specOfElement(element).normalize;
      if (normalizer) steps.push({ key: element.key, each: normalizer.each, text: normalizer.text });
    }
  }
  return steps;
}

// Definitions are values (a published version never changes), so the steps made for one stay right
// for it: a send then walks its answers without looking each element's kind up again.
const plans = new WeakMap<FormDefinition, NormalizeStep[]>();

function formSteps(def: FormDefinition): NormalizeStep[] {
  let steps = plans.get(def);
  if (!steps) plans.set(def, (steps = levelSteps(def.pages.flatMap((page) => page.elements))));
  return steps;
}

function normalizeLevel(steps: readonly NormalizeStep[], container: Record<string, unknown>): void {
  for (const step of steps) {
    if (!Object.hasOwn(container, step.key)) continue;
    const value = container[step.key];
    if (step.each === 'level') {
      if (isRecord(value)) normalizeLevel(step.level, value);
    } else if (step.each === 'item') {
      if (Array.isArray(value)) for (const item of value) if (isRecord(item)) normalizeLevel(step.level, item);
    } else if (step.each === 'answer') normalizeEntry(container, step.key, step.text);
    else if (isRecord(value)) for (const part of Object.keys(value)) normalizeEntry(value, part, step.text);
  }
}

/** Normalises `data` where it is (a copy made by the caller); keys the form does not know are left alone. */
export function normalizeInPlace(def: FormDefinition, data: FormData): void {
  normalizeLevel(formSteps(def), data);
}

/** A copy of `data` with every answer in its stored form. */
export function normalizeAnswers(def: FormDefinition, data: FormData): FormData {
  const copy = copyData(data, false) as FormData;
  normalizeInPlace(def, copy);
  return copy;
}
