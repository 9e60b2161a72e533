/**
 * How one answer reads wherever people read it: the summary before sending, the receipt, My
 * submissions, the handler's case view, the PDF and the CSV. Labels instead of codes, dates as
 * Finnish and Swedish readers write them. Plain text; an unanswered value reads as ''.
 */
import type { FormElement, Lang } from '../format/types';
import { localize } from '../format/localize';
import { isRecord } from '../conditions/walk-form';
import { partTexts } from '../../i18n/catalogs/form';
import { formatAnswerDate } from '../../i18n/intl-format';
import { translator } from '../../i18n/translate';

/** Names the answers refer to by id or code; without one, the id or code itself is shown. */
export interface AnswerLookups {
  /** Name of an attachment by id (the file name). */
  attachmentName?: (id: string) => string | undefined;
  /** Name of a municipality by code in the language. */
  municipalityName?: (code: string, lang: Lang) => string | undefined;
}

/** ISO date 'YYYY-MM-DD' as people read it: '5.1.2026' in Finnish and Swedish, '5 January 2026' in English. */
export function formatDate(iso: unknown, lang: Lang): string {
  return typeof iso === 'string' ? formatAnswerDate(iso, lang) : '';
}

function optionLabel(element: FormElement, value: unknown, lang: Lang): string {
  const option = element.kind === 'choice' || element.kind === 'multiChoice' ? element.options.find((o) => o.value === value) : undefined;
  return option ? localize(option.label, lang, option.value) : String(value);
}

const nonEmpty = (part: unknown): part is string => typeof part === 'string' && part !== '';

/** A leaf answer as text (sections and groups are read through their fields). */
export function formatAnswer(element: FormElement, value: unknown, lang: Lang, lookups: AnswerLookups = {}): string {
  if (value === undefined || value === null) return '';
  switch (element.kind) {
    case 'yesNo':
      return value === true ? translator(partTexts, lang)('yes') : value === false ? translator(partTexts, lang)('no') : String(value);
    case 'choice':
      return optionLabel(element, value, lang);
    case 'multiChoice':
      return (Array.isArray(value) ? value : [value]).map((v) => optionLabel(element, v, lang)).join(', ');
    case 'date':
      return formatDate(value, lang);
    case 'dateRange':
      if (!isRecord(value)) return String(value);
      if (!nonEmpty(value.start) && !nonEmpty(value.end)) return '';
      return `${nonEmpty(value.start) ? formatDate(value.start, lang) : '…'} – ${nonEmpty(value.end) ? formatDate(value.end, lang) : '…'}`;
    case 'address': {
      if (!isRecord(value)) return String(value);
      const place = [value.postalCode, value.postOffice].filter(nonEmpty).join(' ');
      return [value.street, place].filter(nonEmpty).join(', ');
    }
    case 'municipality': {
      const code = String(value);
      const name = lookups.municipalityName?.(code, lang);
      return name ? `${name} (${code})` : code;
    }
    case 'attachment':
      return (Array.isArray(value) ? value : [value]).map((id) => lookups.attachmentName?.(String(id)) ?? String(id)).join(', ');
    case 'number':
      return typeof value === 'number' ? value.toLocaleString(lang === 'en' ? 'en-GB' : lang) : String(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}
