/** A line of text: lengths and a pattern with its own message. */
import type { KindSpec } from './kind-spec';
import { count, ref } from '../format/element-schema-parts';
import type { CompiledForm, UiSchema } from '../compiler/schema-types';
import { IDENTITY_FIELDS, type TextElement } from '../format/types';
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

/** The format's part of a text, shared with the multi-line text. */
export const TEXT_PROPERTIES = { minLength: count, maxLength: count, pattern: { type: 'string' }, patternMessage: ref('localizedText') };

export const trimmed = (value: string): string => value.trim();

export const textSpec: KindSpec<'text'> = {
  kind: 'text',
  // A text may be filled from the customer's identification (a name, the company's name; the codes have kinds of their own).
  format: { properties: { ...TEXT_PROPERTIES, identityField: { enum: IDENTITY_FIELDS.filter((f) => f !== 'personalId' && f !== 'businessId') } } },
  holdsData: true,
  defaults: () => ({}),
  compile: (element, { ui }) => compileText(element, ui),
  normalize: { each: 'answer', text: trimmed },
  missingAnswers: requiredAnswer,
  formatAnswer: (_element, value) => plainAnswer(value),
  projectValue: {},
  texts: (element) => [{ text: element.patternMessage, role: 'patternMessage', at: 'patternMessage', optional: true }],
  designer: { nameKey: 'text', placeholderLabel: true, propertyGroups: ['textLimits'] },
};
