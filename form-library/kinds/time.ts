/** A time of day 'HH:MM' (`fi-time`). */
import type { KindSpec } from './kind-spec';
import { IDENTIFIER_PATTERNS, withPattern } from '../contract/contract-parts';
import { timeScale } from './condition-scales';
import { FORMAT_OF_KIND, WIDGETS } from '../compiler/widget-names';
import { requiredAnswer } from './answer-checks';
import { plainAnswer } from './read-answer';

export const timeSpec: KindSpec<'time'> = {
  kind: 'time',
  format: { properties: {} },
  holdsData: true,
  ownValue: true,
  defaults: () => ({}),
  compile: (_element, { ui }) => {
    ui['ui:widget'] = WIDGETS.time;
    return { schema: { type: 'string', format: FORMAT_OF_KIND.time }, uiSchema: ui };
  },
  missingAnswers: requiredAnswer,
  formatAnswer: (_element, value) => plainAnswer(value),
  conditions: { valueType: 'string', order: { scale: timeScale, range: () => ({ low: 0, high: 24 * 60 - 1 }), input: 'time', start: () => '22:00' } },
  projectValue: {},
  contract: { whenShown: withPattern(IDENTIFIER_PATTERNS.time) },
  designer: { nameKey: 'time', placeholderLabel: false, propertyGroups: [] },
};
