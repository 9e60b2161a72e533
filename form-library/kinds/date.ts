/** A day (ISO 'YYYY-MM-DD') within optional bounds; read as '13.6.2026' (fi, sv) or '13 June 2026' (en). */
import type { KindSpec } from './kind-spec';
import { leastAboveMost } from './definition-checks';
import { asCompiled } from '../contract/contract-parts';
import { dateScale } from './condition-scales';
import { isoDate } from '../format/element-schema-parts';
import { WIDGETS } from '../compiler/widget-names';
import { formatDate } from '../answers/answer-lookups';
import { requiredAnswer } from './answer-checks';
import { dateSchema } from './schema-parts';
import { trimmed } from './text';

export const dateSpec: KindSpec<'date'> = {
  kind: 'date',
  format: { properties: { min: isoDate, max: isoDate } },
  holdsData: true,
  ownValue: true,
  defaults: () => ({}),
  compile: (element, { ui }) => {
    ui['ui:widget'] = WIDGETS.date;
    return { schema: dateSchema(element.min, element.max), uiSchema: ui };
  },
  normalize: { each: 'answer', text: trimmed },
  definitionProblems: (element) => leastAboveMost(element.min, element.max, 'min'),
  missingAnswers: requiredAnswer,
  formatAnswer: (_element, value, lang) => formatDate(value, lang),
  conditions: {
    valueType: 'string',
    order: {
      scale: dateScale,
      range: (element) => ({ low: dateScale(element.min) ?? -Infinity, high: dateScale(element.max) ?? Infinity }),
      input: 'date',
      start: (element) => element.min ?? '2026-01-01',
    },
  },
  projectValue: {},
  contract: { whenShown: asCompiled },
  designer: { nameKey: 'date', placeholderLabel: false, propertyGroups: ['dateLimits'] },
};
