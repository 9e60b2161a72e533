/**
 * Whether a condition's value is one its field can have: a choice's own option, a yes/no's true
 * or false, a number for a number; and whether a comparison compares something ordered (a number,
 * a time 'HH:MM', a date) with a value of its kind. Shared by the form's show conditions and the
 * assessment's rules, so both refuse the same impossible conditions.
 */
import type { Condition, FormElement } from '../format/types';
import { isValidTimeOfDay } from '../formats/time-of-day';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type ConditionMisfit =
  | { code: 'conditionNotComparable' }
  | { code: 'conditionValueNotOption'; at: 'value' | 'values'; value: string };

export function isComparison(condition: Condition): condition is Extract<Condition, { op: 'atLeast' | 'atMost' | 'above' | 'below' }> {
  return condition.op === 'atLeast' || condition.op === 'atMost' || condition.op === 'above' || condition.op === 'below';
}

/** What is wrong with comparing `target`'s answer as `condition` does; empty when nothing is. */
export function conditionMisfits(target: FormElement, condition: Condition): ConditionMisfit[] {
  if (isComparison(condition)) {
    const fits =
      target.kind === 'number' ? typeof condition.value === 'number'
        : target.kind === 'time' ? isValidTimeOfDay(String(condition.value))
          : target.kind === 'date' ? typeof condition.value === 'string' && ISO_DATE.test(condition.value)
            : null;
    if (fits === null) return [{ code: 'conditionNotComparable' }];
    return fits ? [] : [{ code: 'conditionValueNotOption', at: 'value', value: String(condition.value) }];
  }
  const values: Array<string | number | boolean> =
    condition.op === 'equals' ? [condition.value] : condition.op === 'oneOf' ? condition.values : [];
  const at = condition.op === 'equals' ? 'value' : 'values';
  return values.flatMap((value): ConditionMisfit[] => {
    const fits =
      target.kind === 'choice' || target.kind === 'multiChoice'
        ? target.options.some((o) => o.value === value)
        : target.kind === 'yesNo'
          ? typeof value === 'boolean'
          : target.kind === 'number'
            ? typeof value === 'number'
            : typeof value === 'string';
    return fits ? [] : [{ code: 'conditionValueNotOption', at, value: String(value) }];
  });
}
