/** A Finnish street address { street, postalCode, postOffice }, all parts or none; read as 'Street 1, 00100 Helsinki'. */
import type { KindSpec } from './kind-spec';
import { IDENTIFIER_PATTERNS, partsRule } from '../contract/contract-parts';
import type { JsonSchema } from '../compiler/schema-types';
import { FIELDS, FORMAT_OF_KIND, WIDGETS } from '../compiler/widget-names';
import { isRecord } from '../conditions/walk-form';
import { partTexts } from '../../i18n/catalogs/form';
import { translator } from '../../i18n/translate';
import { everyPart } from './answer-checks';
import { nonEmpty } from './read-answer';
import { trimmed } from './text';

/** An address's parts, in the order they show. */
export const ADDRESS_PARTS = ['street', 'postalCode', 'postOffice'] as const;

export const addressSpec: KindSpec<'address'> = {
  kind: 'address',
  format: { properties: {} },
  holdsData: true,
  ownValue: true,
  defaults: () => ({}),
  compile: (_element, { lang, requiredNow, ui }) => {
    ui['ui:field'] = FIELDS.address;
    if (lang !== null) {
      ui.street = { 'ui:title': translator(partTexts, lang)('street') };
      ui.postalCode = { 'ui:title': translator(partTexts, lang)('postalCode'), 'ui:widget': WIDGETS.postalCode };
      ui.postOffice = { 'ui:title': translator(partTexts, lang)('postOffice') };
      ui['ui:order'] = ['street', 'postalCode', 'postOffice'];
    }
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        street: { type: 'string', maxLength: 200 },
        postalCode: { type: 'string', format: FORMAT_OF_KIND.postalCode },
        postOffice: { type: 'string', maxLength: 100 },
      },
      additionalProperties: false,
    };
    if (requiredNow) schema.required = ['street', 'postalCode', 'postOffice'];
    return { schema, uiSchema: ui };
  },
  parts: ADDRESS_PARTS,
  normalize: { each: 'part', text: trimmed },
  missingAnswers: (element, path, value) => everyPart(ADDRESS_PARTS, element, path, value),
  formatAnswer: (_element, value) => {
    if (!isRecord(value)) return String(value);
    const place = [value.postalCode, value.postOffice].filter(nonEmpty).join(' ');
    return [value.street, place].filter(nonEmpty).join(', ');
  },
  projectValue: {},
  contract: {
    // The postal code part has the same pattern as the postal code kind.
    whenShown: (element, field) => partsRule(ADDRESS_PARTS, field, element.required === true, { patterns: { postalCode: IDENTIFIER_PATTERNS.postalCode } }),
  },
  designer: { nameKey: 'address', placeholderLabel: false, propertyGroups: [] },
};
