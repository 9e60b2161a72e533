/** A henkilötunnus (`fi-personal-id`), stored with its check letter and century sign in upper case. */
import type { KindSpec } from './kind-spec';
import { IDENTIFIER_PATTERNS, withPattern } from '../contract/contract-parts';
import { normalizePersonalId } from '../formats/normalize';
import { requiredAnswer } from './answer-checks';
import { compileFormattedText } from './formatted-text';
import { plainAnswer } from './read-answer';

export const personalIdSpec: KindSpec<'personalId'> = {
  kind: 'personalId',
  format: { properties: { identityField: { enum: ['personalId'] } } },
  holdsData: true,
  defaults: () => ({}),
  compile: (_element, { ui }) => compileFormattedText('personalId', ui),
  normalize: { each: 'answer', text: normalizePersonalId },
  missingAnswers: requiredAnswer,
  formatAnswer: (_element, value) => plainAnswer(value),
  projectValue: {},
  contract: { whenShown: withPattern(IDENTIFIER_PATTERNS.personalId) },
  designer: { nameKey: 'personalId', placeholderLabel: false, propertyGroups: [] },
};
