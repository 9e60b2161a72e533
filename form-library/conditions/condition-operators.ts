/**
 * What a condition may ask of a field's answer, from its kind's spec: an ordered kind (number,
 * time, date) is compared, a closed set of values (choices, yes/no) is picked from, any other
 * answer is asked whether it is given or equals a text. The editors of show conditions and
 * assessment rules offer these, in this order.
 */
import type { Condition, FormElement, LocalizedText } from '../format/types';
import { conditionsOf } from '../kinds/kind-specs';

export type ConditionOp = Condition['op'];

export function conditionOperators(element: FormElement): ConditionOp[] {
  const reading = conditionsOf(element);
  if (reading.order) return ['atLeast', 'atMost', 'above', 'below', 'equals', 'answered'];
  if (reading.values) return ['equals', 'oneOf', 'answered'];
  return ['answered', 'equals'];
}

/** The values a field's answer can take with their labels, where they are a closed set. */
export function closedValues(element: FormElement): Array<{ value: string | boolean; label: LocalizedText }> | undefined {
  return conditionsOf(element).values?.(element).map((v) => ({ value: v.value, label: v.label }));
}
