/** Text of several lines: a text with a larger input. */
import type { KindSpec } from './kind-spec';
import { textProblems } from './definition-checks';
import { asCompiled } from '../contract/contract-parts';
import { WIDGETS } from '../compiler/widget-names';
import { requiredAnswer } from './answer-checks';
import { plainAnswer } from './read-answer';
import { compileText, TEXT_PROPERTIES, trimmed } from './text';

export const textareaSpec: KindSpec<'textarea'> = {
  kind: 'textarea',
  format: { properties: TEXT_PROPERTIES },
  holdsData: true,
  ownValue: true,
  defaults: () => ({}),
  compile: (element, { ui }) => {
    ui['ui:widget'] = WIDGETS.textarea;
    return compileText(element, ui);
  },
  normalize: { each: 'answer', text: trimmed },
  definitionProblems: textProblems,
  missingAnswers: requiredAnswer,
  formatAnswer: (_element, value) => plainAnswer(value),
  projectValue: { sameAs: 'text' },
  texts: (element) => [{ text: element.patternMessage, role: 'patternMessage', at: 'patternMessage', optional: true }],
  contract: { whenShown: asCompiled },
  designer: { nameKey: 'textarea', placeholderLabel: true, propertyGroups: ['textLimits'] },
};
