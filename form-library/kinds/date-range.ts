/** Two days { start, end }, both or neither, the end not before the start; read as '13.6.2026 – 14.6.2026'. */
import type { KindSpec } from './kind-spec';
import { leastAboveMost } from './definition-checks';
import { END_NOT_BEFORE_START, partsRule } from '../contract/contract-parts';
import { isoDate } from '../format/element-schema-parts';
import type { JsonSchema } from '../compiler/schema-types';
import { FIELDS, WIDGETS } from '../compiler/widget-names';
import { formatDate } from '../answers/answer-lookups';
import { isRecord } from '../conditions/walk-form';
import { partTexts } from '../../i18n/catalogs/form';
import { translator } from '../../i18n/translate';
import { everyPart } from './answer-checks';
import { nonEmpty } from './read-answer';
import { dateSchema } from './schema-parts';
import { trimmed } from './text';

const isIsoDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

export const DATE_RANGE_PARTS = ['start', 'end'] as const;

export const dateRangeSpec: KindSpec<'dateRange'> = {
  kind: 'dateRange',
  format: { properties: { min: isoDate, max: isoDate } },
  holdsData: true,
  ownValue: true,
  defaults: () => ({}),
  compile: (element, { lang, requiredNow, ui }) => {
    ui['ui:field'] = FIELDS.dateRange;
    if (lang !== null) {
      ui.start = { 'ui:title': translator(partTexts, lang)('start'), 'ui:widget': WIDGETS.date };
      ui.end = { 'ui:title': translator(partTexts, lang)('end'), 'ui:widget': WIDGETS.date };
      ui['ui:order'] = ['start', 'end'];
    }
    const schema: JsonSchema = {
      type: 'object',
      properties: { start: dateSchema(element.min, element.max), end: dateSchema(element.min, element.max) },
      additionalProperties: false,
    };
    if (requiredNow) schema.required = ['start', 'end'];
    return { schema, uiSchema: ui };
  },
  parts: DATE_RANGE_PARTS,
  normalize: { each: 'part', text: trimmed },
  definitionProblems: (element) => leastAboveMost(element.min, element.max, 'min'),
  missingAnswers: (element, path, value) => {
    const missing = everyPart(DATE_RANGE_PARTS, element, path, value);
    // Two dates given are an answer begun, so the order is checked whether required or not.
    if (isRecord(value) && isIsoDate(value.start) && isIsoDate(value.end) && value.end < value.start)
      missing.push({ path: [...path, 'end'], id: 'dateRangeOrder' });
    return missing;
  },
  formatAnswer: (_element, value, lang) => {
    if (!isRecord(value)) return String(value);
    if (!nonEmpty(value.start) && !nonEmpty(value.end)) return '';
    return `${nonEmpty(value.start) ? formatDate(value.start, lang) : '…'} – ${nonEmpty(value.end) ? formatDate(value.end, lang) : '…'}`;
  },
  projectValue: {},
  contract: {
    whenShown: (element, field) => partsRule(DATE_RANGE_PARTS, field, element.required === true, { keywords: { [END_NOT_BEFORE_START]: true } }),
  },
  designer: { nameKey: 'dateRange', placeholderLabel: true, propertyGroups: ['dateLimits'] },
};
