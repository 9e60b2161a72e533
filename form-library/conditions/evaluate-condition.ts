/**
 * The conditions engine, kept deliberately small (digital-form-builder's own maintainers called
 * theirs too complex, issue #998): one answer compared with one value (equals, one of, answered,
 * at least / at most / above / below), and conditions joined by `all` or `any`. Nothing else: no
 * arithmetic, no answer compared with another answer.
 */
import type { CombinedCondition, Condition, FormData, RuleCondition } from '../format/types';
import { TIME_OF_DAY } from '../formats/time-of-day';

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

export function isCombined(condition: RuleCondition): condition is CombinedCondition {
  return 'all' in condition || 'any' in condition;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A time of day 'HH:MM' as minutes since midnight, else null. */
export function minutesOfDay(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = TIME_OF_DAY.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * `answer` against `value` as one kind of quantity: numbers as numbers, times of day as minutes,
 * ISO dates in their own order. Anything else (no answer, text, a number against a time) cannot be
 * compared: null, and the comparison does not hold.
 */
export function compareAnswer(answer: unknown, value: number | string): number | null {
  if (typeof value === 'number') return typeof answer === 'number' && Number.isFinite(answer) ? answer - value : null;
  const valueMinutes = minutesOfDay(value);
  if (valueMinutes !== null) {
    const answerMinutes = minutesOfDay(answer);
    return answerMinutes === null ? null : answerMinutes - valueMinutes;
  }
  if (DATE.test(value) && typeof answer === 'string' && DATE.test(answer)) return answer < value ? -1 : answer > value ? 1 : 0;
  return null;
}

function holds(condition: Condition, answer: unknown): boolean {
  switch (condition.op) {
    case 'answered':
      return isAnswered(answer);
    case 'equals':
      return Array.isArray(answer) ? answer.includes(condition.value) : answer === condition.value;
    case 'oneOf': {
      const values: unknown[] = condition.values;
      return Array.isArray(answer) ? answer.some((a) => values.includes(a)) : values.includes(answer);
    }
    default: {
      const order = compareAnswer(answer, condition.value);
      if (order === null) return false;
      if (condition.op === 'atLeast') return order >= 0;
      if (condition.op === 'atMost') return order <= 0;
      if (condition.op === 'above') return order > 0;
      return order < 0;
    }
  }
}

/**
 * Whether `condition` holds. The answer is looked up in `scope` when given (see `answerScope`
 * and the form walk), else as a top-level key of `data`. A multiple-choice answer (a list)
 * equals a value when it contains it, and is one of the values when any of its items is.
 * `all` of no conditions holds, `any` of none does not.
 */
export function evaluateCondition(condition: RuleCondition, data: FormData, scope?: AnswerScope): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, data, scope));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, data, scope));
  return holds(condition, scope ? scope.get(condition.field) : data[condition.field]);
}

/** The fields a condition reads, each once, in the order they first appear. */
export function conditionFields(condition: RuleCondition, into: Set<string> = new Set()): Set<string> {
  if ('all' in condition) for (const c of condition.all) conditionFields(c, into);
  else if ('any' in condition) for (const c of condition.any) conditionFields(c, into);
  else into.add(condition.field);
  return into;
}
