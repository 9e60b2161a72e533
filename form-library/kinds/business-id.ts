/** A Y-tunnus (`fi-business-id`), stored with its hyphen (07375462 → 0737546-2). */
import type { KindSpec } from './kind-spec';
import { IDENTIFIER_PATTERNS, withPattern } from '../contract/contract-parts';
import { normalizeBusinessId } from '../formats/normalize';
import { requiredAnswer } from './answer-checks';
import { compileFormattedText } from './formatted-text';
import { plainAnswer } from './read-answer';

/** A Y-tunnus field may be the company's the strongly identified person acts for (identity-fields.ts). */
const BUSINESS_ID_IDENTITY = ['businessId'] as const;

export const businessIdSpec: KindSpec<'businessId'> = {
  kind: 'businessId',
  format: { properties: { identityField: { enum: [...BUSINESS_ID_IDENTITY] } } },
  holdsData: true,
  ownValue: true,
  defaults: () => ({}),
  compile: (_element, { ui }) => compileFormattedText('businessId', ui),
  normalize: { each: 'answer', text: normalizeBusinessId },
  missingAnswers: requiredAnswer,
  formatAnswer: (_element, value) => plainAnswer(value),
  identityFields: BUSINESS_ID_IDENTITY,
  projectValue: {},
  contract: { whenShown: withPattern(IDENTIFIER_PATTERNS.businessId) },
  designer: { nameKey: 'businessId', placeholderLabel: false, propertyGroups: [] },
};
