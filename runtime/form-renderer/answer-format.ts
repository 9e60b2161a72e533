/** How one answer reads in a summary, a receipt and the desk: labels, not codes; Finnish dates. */
import type { FormElement, Lang } from '../../form-library/format/types';
import { municipalityName, type MunicipalityOption } from './context';
import { rendererMessages } from './messages';
import { localize } from '../../form-library/format/localize';

export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  return lang === 'en' ? `${Number(d)} ${new Date(Date.UTC(+y, +mo - 1, +d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${y}` : `${Number(d)}.${Number(mo)}.${y}`;
}

export function isEmptyAnswer(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && !Array.isArray(value) && Object.values(value as object).every((v) => v === undefined || v === ''));
}

/** A plain-text rendering of a leaf answer (not sections, groups or attachments). */
export function formatAnswer(element: FormElement, value: unknown, lang: Lang, municipalities: MunicipalityOption[] = []): string {
  const t = rendererMessages[lang];
  if (isEmptyAnswer(value)) return t.noAnswer;
  switch (element.kind) {
    case 'choice':
      return localize(element.options.find((o) => o.value === value)?.label, lang) || String(value);
    case 'multiChoice':
      return (Array.isArray(value) ? value : [value]).map((v) => localize(element.options.find((o) => o.value === v)?.label, lang) || String(v)).join(', ');
    case 'yesNo':
      return value === true ? t.yes : t.no;
    case 'date':
      return formatDate(String(value), lang);
    case 'dateRange': {
      const r = value as { start?: string; end?: string };
      return `${r.start ? formatDate(r.start, lang) : '…'} – ${r.end ? formatDate(r.end, lang) : '…'}`;
    }
    case 'address': {
      const a = value as { street?: string; postalCode?: string; postOffice?: string };
      return [a.street, [a.postalCode, a.postOffice].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    }
    case 'municipality': {
      const m = municipalities.find((x) => x.code === value);
      return m ? `${municipalityName(m, lang)} (${m.code})` : String(value);
    }
    case 'number':
      return typeof value === 'number' ? value.toLocaleString(lang === 'en' ? 'en-GB' : lang) : String(value);
    default:
      return String(value);
  }
}
