/** Some of the designer's options as checkboxes, each once, with an optional least and most. */
import type { KindSpec } from './kind-spec';
import { leastAboveMost, optionProblems } from './definition-checks';
import { asCompiled } from '../contract/contract-parts';
import { choiceOptions, count } from '../format/element-schema-parts';
import { localize } from '../format/localize';
import { WIDGETS } from '../compiler/widget-names';
import { leastItems } from '../validation/must-answer';
import { leastItemsAnswer } from './answer-checks';
import { startingOptions } from './choice';
import { optionLabel } from './read-answer';
import { withLimits } from './schema-parts';

export const multiChoiceSpec: KindSpec<'multiChoice'> = {
  kind: 'multiChoice',
  format: { properties: { options: choiceOptions, minItems: count, maxItems: count }, required: ['options'] },
  holdsData: true,
  ownValue: true,
  defaults: (texts) => ({ options: startingOptions(texts) }),
  compile: (element, { lang, ui }) => {
    ui['ui:widget'] = WIDGETS.checkboxes;
    if (lang !== null) ui.items = { 'ui:enumNames': element.options.map((o) => localize(o.label, lang)) };
    const minItems = leastItems(element);
    return {
      schema: withLimits(
        { type: 'array', items: { type: 'string', enum: element.options.map((o) => o.value) }, uniqueItems: true },
        { minItems: minItems || undefined, maxItems: element.maxItems },
      ),
      uiSchema: ui,
    };
  },
  definitionProblems: (element) => [...optionProblems(element.options), ...leastAboveMost(element.minItems, element.maxItems, 'minItems')],
  missingAnswers: (element, path, value) => leastItemsAnswer(element, path, value, 'minChoices'),
  listMessages: { fewer: 'minChoices', more: 'maxChoices' },
  formatAnswer: (element, value, lang) => (Array.isArray(value) ? value : [value]).map((v) => optionLabel(element.options, v, lang)).join(', '),
  conditions: { valueType: 'string', values: (element) => element.options.map((o) => ({ value: o.value, label: o.label })), list: true },
  projectValue: {},
  texts: (element) => element.options.map((option, i) => ({ text: option.label, role: 'option', at: `options.${i}.label`, label: option.label, key: option.value })),
  // Choices are unique, so there can never be more than the options.
  mostItems: (element) => Math.min(element.maxItems ?? element.options.length, element.options.length),
  contract: { whenShown: asCompiled },
  designer: { nameKey: 'multiChoice', placeholderLabel: true, propertyGroups: ['options', 'itemCounts'] },
};
