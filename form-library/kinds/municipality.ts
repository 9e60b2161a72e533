/** A Finnish municipality by its three-digit code (`fi-municipality`), read as "Helsinki (091)". */
import type { KindSpec } from './kind-spec';
import { IDENTIFIER_PATTERNS, withPattern } from '../contract/contract-parts';
import { requiredAnswer } from './answer-checks';
import { compileFormattedText } from './formatted-text';
import { trimmed } from './text';

export const municipalitySpec: KindSpec<'municipality'> = {
  kind: 'municipality',
  format: { properties: {} },
  holdsData: true,
  ownValue: true,
  defaults: () => ({}),
  compile: (_element, { ui }) => compileFormattedText('municipality', ui),
  normalize: { each: 'answer', text: trimmed },
  missingAnswers: requiredAnswer,
  formatAnswer: (_element, value, lang, lookups) => {
    const code = String(value);
    const name = lookups.municipalityName?.(code, lang);
    return name ? `${name} (${code})` : code;
  },
  projectValue: {},
  contract: { whenShown: withPattern(IDENTIFIER_PATTERNS.municipality) },
  designer: { nameKey: 'municipality', placeholderLabel: false, propertyGroups: [] },
};
