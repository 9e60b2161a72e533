/**
 * What a designer can get wrong in one element's own definition, beyond the pack schema's shape:
 * a choice without options or with one value twice, a least above a most, a format check that is
 * no regular expression. Each kind's spec names the checks that fit it (`definitionProblems`);
 * problems/form-problems.ts puts them in the form's problem list.
 */
import type { ChoiceOption } from '../format/types';

/** A problem in an element's definition: its code, where below the element, and the value it names. */
export interface KindProblem {
  code: 'emptyChoiceList' | 'duplicateOption' | 'minAboveMax' | 'invalidPattern';
  /** Below the element: 'options', 'options.2.value', 'minLength'. */
  at: string;
  value?: string;
}

/** Whether a designer's format check is a regular expression the browser and the server can use. */
export function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** A least above a most, named at the least (`at`). */
export function leastAboveMost<T extends number | string>(least: T | undefined, most: T | undefined, at: string): KindProblem[] {
  return least !== undefined && most !== undefined && least > most ? [{ code: 'minAboveMax', at }] : [];
}

/** No options at all, or a value given to two options. */
export function optionProblems(options: readonly ChoiceOption[]): KindProblem[] {
  const out: KindProblem[] = [];
  if (options.length === 0) out.push({ code: 'emptyChoiceList', at: 'options' });
  const seen = new Set<string>();
  options.forEach((option, i) => {
    if (seen.has(option.value)) out.push({ code: 'duplicateOption', at: `options.${i}.value`, value: option.value });
    seen.add(option.value);
  });
  return out;
}

/** A text's format check and its lengths (text and textarea). */
export function textProblems(element: { pattern?: string; minLength?: number; maxLength?: number }): KindProblem[] {
  return [
    ...(element.pattern !== undefined && !isValidPattern(element.pattern) ? [{ code: 'invalidPattern' as const, at: 'pattern' }] : []),
    ...leastAboveMost(element.minLength, element.maxLength, 'minLength'),
  ];
}
