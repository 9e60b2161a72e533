/** A line of text: lengths and a pattern with its own message. */
import type { KindSpec } from './kind-spec';
import type { CompiledForm, UiSchema } from '../compiler/schema-types';
import type { TextElement } from '../format/types';
import { requiredAnswer } from './answer-checks';
import { plainAnswer } from './read-answer';
import { withLimits } from './schema-parts';

/** A text's schema, shared with the multi-line text. */
export function compileText(element: TextElement, ui: UiSchema): CompiledForm {
  return {
    schema: withLimits({ type: 'string' }, { minLength: element.minLength, maxLength: element.maxLength, pattern: element.pattern }),
    uiSchema: ui,
  };
}

export const trimmed = (value: string): string => value.trim();

export const textSpec: KindSpec<'text'> = {
  kind: 'text',
  holdsData: true,
  defaults: () => ({}),
  compile: (element, { ui }) => compileText(element, ui),
  normalize: { each: 'answer', text: trimmed },
  missingAnswers: requiredAnswer,
  formatAnswer: (_element, value) => plainAnswer(value),
  designer: { nameKey: 'text', placeholderLabel: true, propertyGroups: ['textLimits'] },
};
