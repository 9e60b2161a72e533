/** A Finnish postal code, five digits (`fi-postal-code`). */
import type { KindSpec } from './kind-spec';
import { IDENTIFIER_PATTERNS, withPattern } from '../contract/contract-parts';
import { requiredAnswer } from './answer-checks';
import { compileFormattedText } from './formatted-text';
import { plainAnswer } from './read-answer';
import { trimmed } from './text';

export const postalCodeSpec: KindSpec<'postalCode'> = {
  kind: 'postalCode',
  format: { properties: {} },
  holdsData: true,
  ownValue: true,
  defaults: () => ({}),
  compile: (_element, { ui }) => compileFormattedText('postalCode', ui),
  normalize: { each: 'answer', text: trimmed },
  missingAnswers: requiredAnswer,
  formatAnswer: (_element, value) => plainAnswer(value),
  projectValue: {},
  contract: { whenShown: withPattern(IDENTIFIER_PATTERNS.postalCode) },
  designer: { nameKey: 'postalCode', placeholderLabel: false, propertyGroups: [] },
};
