/**
 * New elements as the palette makes them: a label in fi/sv/en (the kind's name, for the designer
 * to overwrite), a key derived from it, and what the kind needs to be valid (options, a text), as
 * the kind's spec (form-library/kinds) says.
 */
import type { ElementKind, FormDefinition, FormElement, FormPage } from '../../../form-library/format/types';
import { specOf, type ElementOf, type StartingTexts } from '../../../form-library/kinds';
import { newElementTexts } from '../../../i18n/catalogs/builder';
import { inEveryLang } from '../../../i18n/translate';
import { kindLabel } from '../palette/kind-names';
import { newId } from './ids';
import { keyFromLabel, takenKeys, uniqueKey } from './keys';

/** The designer's starting texts for the new elements' options, info texts and group rows. */
const STARTING_TEXTS: StartingTexts = {
  option: (n) => inEveryLang(newElementTexts, 'option', { n }),
  get infoText() {
    return inEveryLang(newElementTexts, 'infoText');
  },
  get groupItem() {
    return inEveryLang(newElementTexts, 'groupItem');
  },
};

/** A new element of the kind: what every element has, and what its kind's spec starts it as. */
export function createElement<K extends ElementKind>(kind: K, definition: FormDefinition, id: string = newId()): ElementOf<K> {
  const label = kindLabel(kind);
  const key = keyFromLabel(label.fi ?? kind, takenKeys(definition));
  // The spec's defaults are the kind's own part of the element, so together they are one.
  return { id, key, label, kind, ...specOf(kind).defaults(STARTING_TEXTS) } as ElementOf<K>;
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
