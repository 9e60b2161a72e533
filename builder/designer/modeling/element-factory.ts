/**
 * New elements as the palette makes them: a label in fi/sv/en (the kind's name, for the designer
 * to overwrite), a key derived from it, and what the kind needs to be valid (options, a text).
 */
import type { ChoiceOption, ElementKind, FormDefinition, FormElement, FormPage } from '../../../form-library/format/types';
import { newElementTexts } from '../../../i18n/catalogs/builder';
import { inEveryLang } from '../../../i18n/translate';
import { kindLabel } from '../palette/kind-names';
import { newId } from './ids';
import { keyFromLabel, takenKeys, uniqueKey } from './keys';

function defaultOptions(): ChoiceOption[] {
  return [
    { value: 'option1', label: inEveryLang(newElementTexts, 'option', { n: 1 }) },
    { value: 'option2', label: inEveryLang(newElementTexts, 'option', { n: 2 }) },
  ];
}

export function createElement(kind: ElementKind, definition: FormDefinition, id: string = newId()): FormElement {
  const label = kindLabel(kind);
  const key = keyFromLabel(label.fi ?? kind, takenKeys(definition));
  const base = { id, key, label };
  switch (kind) {
    case 'text':
    case 'textarea':
      return { ...base, kind };
    case 'number':
      return { ...base, kind };
    case 'date':
    case 'dateRange':
      return { ...base, kind };
    case 'choice':
      return { ...base, kind, display: 'radio', options: defaultOptions() };
    case 'multiChoice':
      return { ...base, kind, options: defaultOptions() };
    case 'address':
      return { ...base, kind };
    case 'attachment':
      return { ...base, kind, accept: ['application/pdf', 'image/jpeg', 'image/png'], maxFiles: 5, maxSizeMb: 10 };
    case 'info':
      return { ...base, kind, text: inEveryLang(newElementTexts, 'infoText') };
    case 'section':
      return { ...base, kind, elements: [] };
    case 'group':
      return { ...base, kind, elements: [], itemLabel: inEveryLang(newElementTexts, 'groupItem') };
    case 'email':
    case 'phone':
    case 'yesNo':
    case 'businessId':
    case 'personalId':
    case 'postalCode':
    case 'municipality':
    case 'time':
      return { ...base, kind };
  }
}

export function createPage(definition: FormDefinition, id: string = newId('page')): FormPage {
  const n = definition.pages.length + 1;
  return { id, title: inEveryLang(newElementTexts, 'page', { n }), elements: [] };
}

/**
 * A deep copy with fresh ids and keys made unique against the form (and against each other), as
 * "duplicate" needs: the copy must never share a data key with its original.
 */
export function cloneElement(element: FormElement, definition: FormDefinition, makeId: () => string = () => newId()): FormElement {
  const taken = takenKeys(definition);
  const copy = (el: FormElement): FormElement => {
    const key = uniqueKey(el.key, taken);
    taken.add(key);
    const base = { ...structuredClone(el), id: makeId(), key };
    if (base.kind === 'section' || base.kind === 'group') {
      return { ...base, elements: (el as { elements: FormElement[] }).elements.map(copy) };
    }
    return base;
  };
  return copy(element);
}
