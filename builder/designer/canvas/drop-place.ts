/**
 * Where a drag points, or where "Add" puts an element, told relative to its neighbours: before or
 * after which element, at the end of which page, section or group, or into an empty one. What the
 * screen reader hears while dragging and after a drop or an add.
 */
import type { FormDefinition, Lang } from '../../../form-library/format/types';
import type { designerTexts } from '../../../i18n/catalogs/builder';
import type { TextsOf } from '../../../i18n/translate';
import { elementTitle, pageTitle } from '../display-label';
import { containerElements, findElement } from '../modeling/tree';
import type { DropTarget } from './drop-position';

export type DropPlace =
  | { kind: 'before' | 'after'; element: string }
  | { kind: 'end'; container: string; element: string; page: boolean }
  | { kind: 'into'; container: string; page: boolean };

/** The designer's texts in the designer's language: a page without a title is "Sivu {n}". */
type DesignerTexts = TextsOf<typeof designerTexts>;

function containerName(form: FormDefinition, containerId: string, lang: Lang, t: DesignerTexts): string {
  const pageIndex = form.pages.findIndex((p) => p.id === containerId);
  if (pageIndex >= 0) return pageTitle(form.pages[pageIndex], lang, t('page', { n: pageIndex + 1 }));
  const el = findElement(form, containerId)?.element;
  return el ? elementTitle(el, lang) : containerId;
}

/** The place at `index` of a container's list as it is now (before anything is inserted). */
export function placeAtIndex(form: FormDefinition, containerId: string, index: number, lang: Lang, t: DesignerTexts): DropPlace {
  const elements = containerElements(form, containerId) ?? [];
  const container = containerName(form, containerId, lang, t);
  const page = form.pages.some((p) => p.id === containerId);
  if (elements.length === 0) return { kind: 'into', container, page };
  if (index >= elements.length) return { kind: 'end', container, element: elementTitle(elements[elements.length - 1], lang), page };
  if (index > 0) return { kind: 'after', element: elementTitle(elements[index - 1], lang) };
  return { kind: 'before', element: elementTitle(elements[0], lang) };
}

/** The place a drag target stands for. */
export function placeOfTarget(form: FormDefinition, target: DropTarget, lang: Lang, t: DesignerTexts): DropPlace {
  if (target.type === 'zone') return placeAtIndex(form, target.containerId, Number.MAX_SAFE_INTEGER, lang, t);
  const el = findElement(form, target.elementId)?.element;
  return { kind: target.after ? 'after' : 'before', element: el ? elementTitle(el, lang) : target.elementId };
}

export function placeText(place: DropPlace, t: DesignerTexts): string {
  switch (place.kind) {
    case 'before':
      return t('placeBefore', { target: place.element });
    case 'after':
      return t('placeAfter', { target: place.element });
    case 'end':
      return t(place.page ? 'placeEndOfPage' : 'placeEnd', { container: place.container, target: place.element });
    case 'into':
      return t(place.page ? 'placeOntoPage' : 'placeInto', { container: place.container });
  }
}
