/** A line of text: lengths and a pattern with its own message. */
import type { KindSpec } from './kind-spec';
import { textProblems } from './definition-checks';
import { asCompiled } from '../contract/contract-parts';
import { count, ref } from '../format/element-schema-parts';
import type { CompiledForm, UiSchema } from '../compiler/schema-types';
import type { IdentityField, TextElement } from '../format/types';
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

/**
 * A text may hold the identified person's name, or the name of the company they act for (the
 * henkilötunnus and the Y-tunnus have kinds of their own), in the designer's order.
 */
const TEXT_IDENTITY = ['fullName', 'givenName', 'familyName', 'organisationName'] as const satisfies readonly IdentityField[];

export const trimmed = (value: string): string => value.trim();

export const textSpec: KindSpec<'text'> = {
  kind: 'text',
  // A text may be filled from the customer's identification (a name, the company's name; the codes have kinds of their own).
  format: { properties: { ...TEXT_PROPERTIES, identityField: { enum: [...TEXT_IDENTITY] } } },
  holdsData: true,
  ownValue: true,
  defaults: () => ({}),
  compile: (element, { ui }) => compileText(element, ui),
  normalize: { each: 'answer', text: trimmed },
  definitionProblems: textProblems,
  missingAnswers: requiredAnswer,
  formatAnswer: (_element, value) => plainAnswer(value),
  identityFields: TEXT_IDENTITY,
  projectValue: {},
  texts: (element) => [{ text: element.patternMessage, role: 'patternMessage', at: 'patternMessage', optional: true }],
  contract: { whenShown: asCompiled },
  designer: { nameKey: 'text', placeholderLabel: true, propertyGroups: ['textLimits'] },
};
