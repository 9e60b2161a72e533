/** How an element or page is named on the canvas: its label in the UI language, else any label, else the kind. */
import type { FormElement, FormPage, Lang } from '../../form-library/format/types';
import { localize } from '../../form-library/format/localize';
import { kindName } from './palette/kindNames';

export function elementTitle(el: FormElement, lang: Lang): string {
  return localize(el.label, lang) || kindName(el.kind, lang);
}

export function pageTitle(page: FormPage, index: number, lang: Lang, fallback: string): string {
  return localize(page.title, lang) || fallback.replace('{n}', String(index + 1));
}
