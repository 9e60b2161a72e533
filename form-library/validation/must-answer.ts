import type { FormElement } from '../format/types';

/**
 * Whether a shown element must be answered: "required" ticked, or a minimum of choices or rows of
 * at least one (a designer's "at least 2 event days" holds even without "required"; "required"
 * alone means at least one). The compiler's required marks, the submission check and the answer
 * summary all ask this one rule.
 */
export function mustAnswer(element: FormElement): boolean {
  if (element.kind === 'info' || element.kind === 'section') return false;
  if (element.required === true) return true;
  return (element.kind === 'group' || element.kind === 'multiChoice') && (element.minItems ?? 0) >= 1;
}

/** The least number of choices or rows a shown multiple choice or repeating group takes (0: none needed). */
export function leastItems(element: FormElement): number {
  if (element.kind !== 'group' && element.kind !== 'multiChoice') return 0;
  return Math.max(element.required === true ? 1 : 0, element.minItems ?? 0);
}
