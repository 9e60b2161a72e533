/** A Finnish or international phone number (`fi-phone`). */
import type { KindSpec } from './kind-spec';
import { asCompiled } from '../contract/contract-parts';
import { requiredAnswer } from './answer-checks';
import { compileFormattedText } from './formatted-text';
import { plainAnswer } from './read-answer';
import { trimmed } from './text';

export const phoneSpec: KindSpec<'phone'> = {
  kind: 'phone',
  format: { properties: {} },
  holdsData: true,
  ownValue: true,
  defaults: () => ({}),
  compile: (_element, { ui }) => compileFormattedText('phone', ui),
  normalize: { each: 'answer', text: trimmed },
  missingAnswers: requiredAnswer,
  formatAnswer: (_element, value) => plainAnswer(value),
  projectValue: {},
  contract: { whenShown: asCompiled },
  designer: { nameKey: 'phone', placeholderLabel: false, propertyGroups: [] },
};
