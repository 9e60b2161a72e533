/**
 * Whether a condition's value is one its field can have: a choice's own option, a yes/no's true
 * or false, a number for a number; and whether a comparison compares something ordered (a number,
 * a time 'HH:MM', a date) with a value of its kind. Shared by the form's show conditions and the
 * assessment's rules, so both refuse the same impossible conditions.
 */
import type { Condition, FormElement } from '../format/types';
import { conditionsOf } from '../kinds/kind-specs';

export type ConditionMisfit =
  | { code: 'conditionNotComparable' }
  | { code: 'conditionValueNotOption'; at: 'value' | 'values'; value: string };

export function isComparison(condition: Condition): condition is Extract<Condition, { op: 'atLeast' | 'atMost' | 'above' | 'below' }> {
  return condition.op === 'atLeast' || condition.op === 'atMost' || condition.op === 'above' || condition.op === 'below';
}

/** What is wrong with comparing `target`'s answer as `condition` does; empty when nothing is. */
export function conditionMisfits(target: FormElement, condition: Condition): ConditionMisfit[] {
  const reading = conditionsOf(target);
  if (isComparison(condition)) {
    if (!reading.order) return [{ code: 'conditionNotComparable' }];
    return reading.order.scale(condition.value) !== null ? [] : [{ code: 'conditionValueNotOption', at: 'value', value: String(condition.value) }];
  }
  const values: Array<string | number | boolean> =
    condition.op === 'equals' ? [condition.value] : condition.op === 'oneOf' ? condition.values : [];
  const at = condition.op === 'equals' ? 'value' : 'values';
  const only = reading.values?.(target).map((v) => v.value);
  return values.flatMap((value): ConditionMisfit[] => {
    const fits = only ? only.some((v) => v === value) : typeof value === reading.valueType;
    return fits ? [] : [{ code: 'conditionValueNotOption', at, value: String(value) }];
  });
}
