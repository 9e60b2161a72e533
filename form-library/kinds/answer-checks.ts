/** What a shown element still needs answered: the rules several kinds share. */
import type { FormElement } from '../format/types';
import { isRecord, type DataPath } from '../conditions/walk-form';
import { isAnswered } from '../conditions/evaluate-condition';
import { mustAnswer } from '../validation/must-answer';
import type { MissingAnswer } from './kind-spec';

/** Nothing to answer: a kind that holds no data of its own. */
export function nothingMissing(): MissingAnswer[] {
  return [];
}

/** A required answer not given. */
export function requiredAnswer(element: FormElement, path: DataPath, value: unknown): MissingAnswer[] {
  return mustAnswer(element) && !isAnswered(value) ? [{ path, id: 'required' }] : [];
}

/** A composite answer is all or nothing: required, or begun, means every part. */
export function everyPart(parts: readonly string[], element: FormElement, path: DataPath, value: unknown): MissingAnswer[] {
  if (value !== undefined && !isRecord(value)) return []; // the schema names the wrong shape
  if (!element.required && !isAnswered(value)) return [];
  return parts.filter((part) => !isAnswered(value?.[part])).map((part) => ({ path: [...path, part], id: 'required' }));
}

/** A list the designer gave a minimum names its number; "required" alone reads as required. */
export function leastItemsAnswer(
  element: FormElement & { minItems?: number },
  path: DataPath,
  value: unknown,
  fewer: 'minItems' | 'minChoices',
): MissingAnswer[] {
  if (!mustAnswer(element) || isAnswered(value)) return [];
  const least = element.minItems ?? 0;
  return least < 1 ? [{ path, id: 'required' }] : [{ path, id: fewer, params: { limit: least } }];
}
