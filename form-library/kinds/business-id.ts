/** A Y-tunnus (`fi-business-id`), stored with its hyphen (07375462 → 0737546-2). */
import type { KindSpec } from './kind-spec';
import { normalizeBusinessId } from '../formats/normalize';
import { requiredAnswer } from './answer-checks';
import { compileFormattedText } from './formatted-text';
import { plainAnswer } from './read-answer';

export const businessIdSpec: KindSpec<'businessId'> = {
  kind: 'businessId',
  // The Y-tunnus of the company the strongly identified person acts for (identity-fields.ts).
  format: { properties: { identityField: { enum: ['businessId'] } } },
  holdsData: true,
  defaults: () => ({}),
  compile: (_element, { ui }) => compileFormattedText('businessId', ui),
  normalize: { each: 'answer', text: normalizeBusinessId },
  missingAnswers: requiredAnswer,
  formatAnswer: (_element, value) => plainAnswer(value),
  projectValue: {},
  designer: { nameKey: 'businessId', placeholderLabel: false, propertyGroups: [] },
};
