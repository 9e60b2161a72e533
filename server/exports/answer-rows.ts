/**
 * Turns a form definition and a submission's data into rows of { label, value } in one language:
 * what the PDF prints, what the CSV uses as columns, and what the desk shows. Labels are the
 * element labels of the pack version (the same texts the renderer shows), prefixed by their section
 * or group item so that "Name" under "Organiser" and "Name" under "Contact person" stay apart.
 * Plain TypeScript with no Node or DOM dependency so that server and browser can both use it.
 */
import { walkForm } from '../../form-library/conditions';
import type { FormData, FormDefinition, FormElement, Lang } from '../../form-library/format/types';
import { localize } from '../../form-library/format/localize';

export interface AnswerRow {
  /** Dotted data path, e.g. 'organiser.businessId', 'participants.0.name'. */
  path: string;
  /** The element's label in the language, prefixed by its section or group item. */
  label: string;
  value: string;
}

export interface AnswerLookups {
  /** Name of an attachment by id (the file name); the id itself when unknown. */
  attachmentName?: (id: string) => string | undefined;
  /** Name of a municipality by code in the language; the code itself when unknown. */
  municipalityName?: (code: string, lang: Lang) => string | undefined;
}

/** Separator between a section or group item and the label inside it. */
export const LABEL_SEPARATOR = ': ';

const YES_NO: Record<Lang, { yes: string; no: string }> = {
  fi: { yes: 'Kyllä', no: 'Ei' },
  sv: { yes: 'Ja', no: 'Nej' },
  en: { yes: 'Yes', no: 'No' },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** ISO date 'YYYY-MM-DD' as the renderer shows it: 'D.M.YYYY' in fi and sv, '1 June 2026' in en. */
export function formatDate(iso: unknown, lang: Lang): string {
  if (typeof iso !== 'string') return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (lang === 'en') {
    const month = new Date(Date.UTC(+y, +mo - 1, +d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    return `${Number(d)} ${month} ${y}`;
  }
  return `${Number(d)}.${Number(mo)}.${y}`;
}

function formatValue(el: FormElement, value: unknown, lang: Lang, lookups: AnswerLookups): string {
  if (value === undefined || value === null) return '';
  switch (el.kind) {
    case 'yesNo':
      return value === true ? YES_NO[lang].yes : value === false ? YES_NO[lang].no : String(value);
    case 'choice': {
      const option = el.options.find((o) => o.value === value);
      return option ? localize(option.label, lang, option.value) : String(value);
    }
    case 'multiChoice': {
      const values = Array.isArray(value) ? value : [value];
      return values
        .map((v) => {
          const option = el.options.find((o) => o.value === v);
          return option ? localize(option.label, lang, option.value) : String(v);
        })
        .join(', ');
    }
    case 'date':
      return formatDate(value, lang);
    case 'dateRange':
      if (!isRecord(value)) return String(value);
      return `${value.start ? formatDate(value.start, lang) : '…'} – ${value.end ? formatDate(value.end, lang) : '…'}`;
    case 'address': {
      if (!isRecord(value)) return String(value);
      const place = [value.postalCode, value.postOffice].filter((p) => typeof p === 'string' && p !== '').join(' ');
      return [value.street, place].filter((p) => typeof p === 'string' && p !== '').join(', ');
    }
    case 'municipality': {
      const code = String(value);
      const name = lookups.municipalityName?.(code, lang);
      return name ? `${name} (${code})` : code;
    }
    case 'attachment': {
      const ids = Array.isArray(value) ? value : [value];
      return ids.map((id) => lookups.attachmentName?.(String(id)) ?? String(id)).join(', ');
    }
    case 'number':
      return typeof value === 'number' ? value.toLocaleString(lang === 'en' ? 'en-GB' : lang) : String(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/**
 * Every visible answer, in the order of the form. Visibility is form-library's own walk (the same
 * rule that pruned the data on submission); elements hidden by a condition and info texts are left
 * out; unanswered visible fields appear with an empty value so that CSV columns line up.
 */
export function answerRows(definition: FormDefinition, data: FormData, lang: Lang, lookups: AnswerLookups = {}): AnswerRow[] {
  const rows: AnswerRow[] = [];
  // Label prefix of each container path ('organiser', 'guards.1'), set when the container is visited.
  const prefixes = new Map<string, string>([['', '']]);
  walkForm(definition, data, ({ element: el, path, value, visible }) => {
    if (!visible || el.kind === 'info') return;
    const pathText = path.join('.');
    const parent = prefixes.get(path.slice(0, -1).join('.')) ?? '';
    const label = parent + localize(el.label, lang, el.key);
    if (el.kind === 'section') {
      prefixes.set(pathText, label + LABEL_SEPARATOR);
    } else if (el.kind === 'group') {
      const itemLabel = localize(el.itemLabel, lang, '') || localize(el.label, lang, el.key);
      const items = Array.isArray(value) ? value : [];
      items.forEach((_, i) => prefixes.set(`${pathText}.${i}`, `${parent}${itemLabel} ${i + 1}${LABEL_SEPARATOR}`));
    } else {
      rows.push({ path: pathText, label, value: formatValue(el, value, lang, lookups) });
    }
  });
  return rows;
}
