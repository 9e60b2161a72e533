/** A repeating group: its answers are a list of objects, one per item, with an optional least and most. */
import type { KindSpec } from './kind-spec';
import { leastAboveMost } from './definition-checks';
import type { GroupElement } from '../format/types';
import { keysOf, ref as contractRef } from '../contract/contract-parts';
import { count, ref } from '../format/element-schema-parts';
import { localize } from '../format/localize';
import { leastItems } from '../validation/must-answer';
import { leastItemsAnswer } from './answer-checks';
import { plainAnswer } from './read-answer';
import { withLimits } from './schema-parts';

/** Items a repeating group takes when its definition sets no limit. */
export const DEFAULT_MAX_GROUP_ITEMS = 1000;

/** A group's most items, as the server measures them. */
function mostGroupItems(element: GroupElement): number {
  return element.maxItems ?? DEFAULT_MAX_GROUP_ITEMS;
}

export const groupSpec: KindSpec<'group'> = {
  kind: 'group',
  format: {
    properties: { elements: { type: 'array', items: ref('element') }, minItems: count, maxItems: count, itemLabel: ref('localizedText') },
    required: ['elements'],
  },
  holdsData: true,
  ownValue: false,
  defaults: (texts) => ({ elements: [], itemLabel: texts.groupItem }),
  compile: (element, { lang, compileChildren, ui }) => {
    const inner = compileChildren(element.elements);
    inner.schema.additionalProperties = false;
    if (lang !== null) {
      if (element.itemLabel) inner.uiSchema['ui:title'] = localize(element.itemLabel, lang);
      ui['ui:options'] = { orderable: false };
    }
    const minItems = leastItems(element);
    return {
      schema: withLimits({ type: 'array', items: inner.schema }, { minItems: minItems || undefined, maxItems: element.maxItems }),
      uiSchema: { ...ui, items: inner.uiSchema },
    };
  },
  definitionProblems: (element) => leastAboveMost(element.minItems, element.maxItems, 'minItems'),
  missingAnswers: (element, path, value) => leastItemsAnswer(element, path, value, 'minItems'),
  listMessages: { fewer: 'minItems', more: 'maxItems' },
  formatAnswer: (_element, value) => plainAnswer(value),
  texts: (element) => [{ text: element.itemLabel, role: 'itemLabel', at: 'itemLabel', optional: true }],
  mostItems: mostGroupItems,
  contract: {
    always: (element, nested) => ({ items: { properties: nested(element.elements) } }),
    whenShown: (element) => {
      const least = leastItems(element);
      return {
        type: 'array',
        items: { type: 'object', properties: keysOf(element.elements), additionalProperties: contractRef('blank') },
        ...(least > 0 ? { minItems: least } : {}),
        maxItems: mostGroupItems(element),
      };
    },
  },
  designer: { nameKey: 'group', placeholderLabel: true, propertyGroups: ['itemCounts'] },
};
