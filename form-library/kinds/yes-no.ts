/** Yes or no, as two radio buttons; the answer is true or false. */
import type { KindSpec } from './kind-spec';
import { asCompiled } from '../contract/contract-parts';
import { WIDGETS } from '../compiler/widget-names';
import { partTexts } from '../../i18n/catalogs/form';
import { inEveryLang, translator } from '../../i18n/translate';
import { requiredAnswer } from './answer-checks';

const YES_NO = [
  { value: true, label: inEveryLang(partTexts, 'yes') },
  { value: false, label: inEveryLang(partTexts, 'no') },
];

export const yesNoSpec: KindSpec<'yesNo'> = {
  kind: 'yesNo',
  format: { properties: {} },
  holdsData: true,
  ownValue: true,
  defaults: () => ({}),
  compile: (_element, { lang, ui }) => {
    ui['ui:widget'] = WIDGETS.radio;
    if (lang !== null) ui['ui:enumNames'] = [translator(partTexts, lang)('yes'), translator(partTexts, lang)('no')];
    return { schema: { type: 'boolean', enum: [true, false] }, uiSchema: ui };
  },
  missingAnswers: requiredAnswer,
  formatAnswer: (_element, value, lang) =>
    value === true ? translator(partTexts, lang)('yes') : value === false ? translator(partTexts, lang)('no') : String(value),
  conditions: { valueType: 'boolean', values: () => YES_NO },
  projectValue: {},
  contract: { whenShown: asCompiled },
  designer: { nameKey: 'yesNo', placeholderLabel: true, propertyGroups: [] },
};
