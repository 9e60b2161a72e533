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

function normalizeLevel(elements: FormElement[], container: Record<string, unknown>): void {
  for (const element of elements) {
    if (!Object.hasOwn(container, element.key)) continue;
    const value = container[element.key];
    if (element.kind === 'section') {
      if (isRecord(value)) normalizeLevel(element.elements, value);
    } else if (element.kind === 'group') {
      if (Array.isArray(value)) for (const item of value) if (isRecord(item)) normalizeLevel(element.elements, item);
    } else {
      // Each kind says how its text is stored (kinds/): the answer itself, or every part of a composite one.
      const normalizer = specOfElement(element).normalize;
      if (!normalizer) continue;
      if (normalizer.each === 'answer') normalizeEntry(container, element.key, normalizer.text);
      else if (isRecord(value)) for (const part of Object.keys(value)) normalizeEntry(value, part, normalizer.text);
    }
  }
}

/** Normalises `data` where it is (a copy made by the caller); keys the form does not know are left alone. */
export function normalizeInPlace(def: FormDefinition, data: FormData): void {
  for (const page of def.pages) normalizeLevel(page.elements, data);
}

/** A copy of `data` with every answer in its stored form. */
export function normalizeAnswers(def: FormDefinition, data: FormData): FormData {
  const copy = copyData(data, false) as FormData;
  normalizeInPlace(def, copy);
  return copy;
}
