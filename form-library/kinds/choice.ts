/** One of the designer's options, as radio buttons or a select; read by the option's label. */
import type { KindSpec } from './kind-spec';
import { optionProblems } from './definition-checks';
import { asCompiled } from '../contract/contract-parts';
import { choiceOptions } from '../format/element-schema-parts';
import { localize } from '../format/localize';
import { WIDGETS } from '../compiler/widget-names';
import type { ChoiceOption } from '../format/types';
import type { StartingTexts } from './kind-spec';
import { requiredAnswer } from './answer-checks';
import { optionLabel } from './read-answer';

/** The two options a new choice starts with: "Vaihtoehto 1", "Vaihtoehto 2" (placeholders until renamed). */
export function startingOptions(texts: StartingTexts): ChoiceOption[] {
  return [
    { value: 'option1', label: texts.option(1) },
    { value: 'option2', label: texts.option(2) },
  ];
}

export const choiceSpec: KindSpec<'choice'> = {
  kind: 'choice',
  format: { properties: { display: { enum: ['radio', 'select'] }, options: choiceOptions }, required: ['options'] },
  holdsData: true,
  ownValue: true,
  defaults: (texts) => ({ display: 'radio', options: startingOptions(texts) }),
  compile: (element, { lang, ui }) => {
    ui['ui:widget'] = element.display === 'select' ? WIDGETS.select : WIDGETS.radio;
    if (lang !== null) ui['ui:enumNames'] = element.options.map((o) => localize(o.label, lang));
    return { schema: { type: 'string', enum: element.options.map((o) => o.value) }, uiSchema: ui };
  },
  definitionProblems: (element) => optionProblems(element.options),
  missingAnswers: requiredAnswer,
  formatAnswer: (element, value, lang) => optionLabel(element.options, value, lang),
  conditions: { valueType: 'string', values: (element) => element.options.map((o) => ({ value: o.value, label: o.label })) },
  projectValue: {},
  texts: (element) => element.options.map((option, i) => ({ text: option.label, role: 'option', at: `options.${i}.label`, label: option.label, key: option.value })),
  contract: { whenShown: asCompiled },
  designer: { nameKey: 'choice', placeholderLabel: true, propertyGroups: ['options', 'choiceDisplay'] },
};
