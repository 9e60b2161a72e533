/** How answers read as text: the pieces several kinds share. */
import type { ChoiceOption, Lang } from '../format/types';
import { localize } from '../format/localize';

/** A text answer as it is; anything else as JSON (a value the form did not expect). */
export function plainAnswer(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** An option's label in the language, or the value itself when no option has it. */
export function optionLabel(options: ChoiceOption[], value: unknown, lang: Lang): string {
  const option = options.find((o) => o.value === value);
  return option ? localize(option.label, lang, option.value) : String(value);
}

export const nonEmpty = (part: unknown): part is string => typeof part === 'string' && part !== '';
