/** A number, whole or not, within an optional range; read with the language's digit grouping. */
import type { KindSpec } from './kind-spec';
import { leastAboveMost } from './definition-checks';
import { asCompiled } from '../contract/contract-parts';
import { numberScale } from './condition-scales';
import { requiredAnswer } from './answer-checks';
import { withLimits } from './schema-parts';

export const numberSpec: KindSpec<'number'> = {
  kind: 'number',
  format: { properties: { min: { type: 'number' }, max: { type: 'number' }, integer: { type: 'boolean' } } },
  holdsData: true,
  ownValue: true,
  defaults: () => ({}),
  compile: (element, { ui }) => ({
    schema: withLimits({ type: element.integer ? 'integer' : 'number' }, { minimum: element.min, maximum: element.max }),
    uiSchema: ui,
  }),
  definitionProblems: (element) => leastAboveMost(element.min, element.max, 'min'),
  missingAnswers: requiredAnswer,
  formatAnswer: (_element, value, lang) => (typeof value === 'number' ? value.toLocaleString(lang === 'en' ? 'en-GB' : lang) : String(value)),
  conditions: { valueType: 'number', order: { scale: numberScale, range: (element) => ({ low: element.min ?? -Infinity, high: element.max ?? Infinity }), input: 'number', start: (element) => element.min ?? 0 } },
  projectValue: {},
  contract: { whenShown: asCompiled },
  designer: { nameKey: 'number', placeholderLabel: true, propertyGroups: ['numberLimits'] },
};
