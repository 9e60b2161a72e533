/**
 * The conditions engine, kept deliberately small (digital-form-builder's own maintainers called
 * theirs too complex, issue #998): three operators over one earlier answer, nothing else.
 */
import type { Condition, FormData } from '../format/types';

/**
 * Answers visible at one point of the form, by key (keys are unique in a form). Inside a
 * repeating-group item it also holds that item's earlier answers, which shadow nothing because
 * keys are unique; hidden answers are absent, so a condition on a hidden field is false.
 */
export type AnswerScope = ReadonlyMap<string, unknown>;

/** An answer counts as given unless it is missing, null, blank text or an empty list. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.values(value).some(isAnswered);
  return true;
}

/**
 * Whether `condition` holds. The answer is looked up in `scope` when given (see `answerScope`
 * and the form walk), else as a top-level key of `data`. A multiple-choice answer (a list)
 * equals a value when it contains it, and is one of the values when any of its items is.
 */
export function evaluateCondition(condition: Condition, data: FormData, scope?: AnswerScope): boolean {
  const answer = scope ? scope.get(condition.field) : data[condition.field];
  switch (condition.op) {
    case 'answered':
      return isAnswered(answer);
    case 'equals':
      return Array.isArray(answer) ? answer.includes(condition.value) : answer === condition.value;
    case 'oneOf': {
      const values: unknown[] = condition.values;
      return Array.isArray(answer) ? answer.some((a) => values.includes(a)) : values.includes(answer);
    }
  }
}
