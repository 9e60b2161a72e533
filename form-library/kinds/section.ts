/** A fieldset: its fields' answers are an object under its key; it is answered through its fields. */
import type { KindSpec } from './kind-spec';
import { keysOf, ref as contractRef } from '../contract/contract-parts';
import { ref } from '../format/element-schema-parts';
import { nothingMissing } from './answer-checks';
import { plainAnswer } from './read-answer';

export const sectionSpec: KindSpec<'section'> = {
  kind: 'section',
  format: { properties: { elements: { type: 'array', items: ref('element') } }, required: ['elements'] },
  holdsData: true,
  ownValue: false,
  defaults: () => ({ elements: [] }),
  compile: (element, { compileChildren, ui }) => {
    const inner = compileChildren(element.elements);
    inner.schema.additionalProperties = false;
    return { schema: inner.schema, uiSchema: { ...ui, ...inner.uiSchema } };
  },
  missingAnswers: nothingMissing,
  formatAnswer: (_element, value) => plainAnswer(value),
  contract: {
    always: (element, nested) => ({ properties: nested(element.elements) }),
    // Its fields' own rules say what under each key.
    whenShown: (element) => ({ type: 'object', properties: keysOf(element.elements), additionalProperties: contractRef('blank') }),
  },
  designer: { nameKey: 'section', placeholderLabel: true, propertyGroups: [] },
};
