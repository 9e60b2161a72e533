/** How an element or page is named on the canvas: its label in the UI language, else any label, else the kind. */
import type { FormElement, FormPage, Lang, LocalizedText } from '../../form-library/format/types';
import { kindName } from './palette/kindNames';

export function anyText(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text.fi || text.sv || text.en || '';
}

export function elementTitle(el: FormElement, lang: Lang): string {
  return anyText(el.label, lang) || kindName(el.kind, lang);
}

export function pageTitle(page: FormPage, index: number, lang: Lang, fallback: string): string {
  return anyText(page.title, lang) || fallback.replace('{n}', String(index + 1));
}
