/** A henkilötunnus (`fi-personal-id`), stored with its check letter and century sign in upper case. */
import type { KindSpec } from './kind-spec';
import { IDENTIFIER_PATTERNS, withPattern } from '../contract/contract-parts';
import { normalizePersonalId } from '../formats/normalize';
import { requiredAnswer } from './answer-checks';
import { compileFormattedText } from './formatted-text';
import { plainAnswer } from './read-answer';

/** A henkilötunnus field may be the identified person's own. */
const PERSONAL_ID_IDENTITY = ['personalId'] as const;

export const personalIdSpec: KindSpec<'personalId'> = {
  kind: 'personalId',
  format: { properties: { identityField: { enum: [...PERSONAL_ID_IDENTITY] } } },
  holdsData: true,
  ownValue: true,
  defaults: () => ({}),
  compile: (_element, { ui }) => compileFormattedText('personalId', ui),
  normalize: { each: 'answer', text: normalizePersonalId },
  missingAnswers: requiredAnswer,
  formatAnswer: (_element, value) => plainAnswer(value),
  identityFields: PERSONAL_ID_IDENTITY,
  projectValue: {},
  contract: { whenShown: withPattern(IDENTIFIER_PATTERNS.personalId) },
  designer: { nameKey: 'personalId', placeholderLabel: false, propertyGroups: [] },
};
