/** An email address (ajv-formats' `email`). */
import type { KindSpec } from './kind-spec';
import { asCompiled } from '../contract/contract-parts';
import { requiredAnswer } from './answer-checks';
import { compileFormattedText } from './formatted-text';
import { plainAnswer } from './read-answer';
import { trimmed } from './text';

export const emailSpec: KindSpec<'email'> = {
  kind: 'email',
  format: { properties: {} },
  holdsData: true,
  ownValue: true,
  defaults: () => ({}),
  compile: (_element, { ui }) => compileFormattedText('email', ui),
  normalize: { each: 'answer', text: trimmed },
  missingAnswers: requiredAnswer,
  formatAnswer: (_element, value) => plainAnswer(value),
  projectValue: {},
  contract: { whenShown: asCompiled },
  designer: { nameKey: 'email', placeholderLabel: false, propertyGroups: [] },
};
