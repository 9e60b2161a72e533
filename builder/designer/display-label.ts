/** How an element or page is named on the canvas: its label in the UI language, else any label, else the kind. */
import type { FormElement, FormPage, Lang } from '../../form-library/format/types';
import { localize } from '../../form-library/format/localize';
import { kindName } from './palette/kind-names';

export function elementTitle(el: FormElement, lang: Lang): string {
  return localize(el.label, lang) || kindName(el.kind, lang);
}

/** `fallback`: what an untitled page is called, e.g. "Sivu 2". */
export function pageTitle(page: FormPage, lang: Lang, fallback: string): string {
  return localize(page.title, lang) || fallback;
}
