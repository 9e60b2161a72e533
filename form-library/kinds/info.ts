/** Text shown to the customer under an optional heading; it holds no data. */
import type { KindSpec } from './kind-spec';
import { asCompiled } from '../contract/contract-parts';
import { ref } from '../format/element-schema-parts';
import { localize } from '../format/localize';
import { FIELDS } from '../compiler/widget-names';
import { nothingMissing } from './answer-checks';
import { plainAnswer } from './read-answer';

export const infoSpec: KindSpec<'info'> = {
  kind: 'info',
  format: { properties: { text: ref('localizedText') }, required: ['text'] },
  holdsData: false,
  ownValue: false,
  defaults: (texts) => ({ text: texts.infoText }),
  compile: (element, { lang, ui }) => {
    // The renderer's info field shows the text.
    ui['ui:field'] = FIELDS.info;
    if (lang !== null) ui['ui:options'] = { text: localize(element.text, lang) };
    return { schema: { type: 'null' }, uiSchema: ui };
  },
  missingAnswers: nothingMissing,
  formatAnswer: (_element, value) => plainAnswer(value),
  texts: (element) => [{ text: element.text, role: 'text', at: 'text' }],
  labelOptional: true,
  contract: {
    always: () => ({ description: 'Holds no answer; anything sent here is dropped.' }),
    whenShown: asCompiled,
  },
  designer: { nameKey: 'info', placeholderLabel: true, propertyGroups: [] },
};
