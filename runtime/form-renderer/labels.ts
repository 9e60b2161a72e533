/** Finds the element a data path points at, for error texts and summaries ("Participants 2: Name"). */
import type { FormDefinition, FormElement, Lang } from '../../form-library/format/types';
import { rendererMessages } from './messages';
import { localized } from './ui-overlay';

export function findElement(elements: FormElement[], key: string): FormElement | undefined {
  return elements.find((e) => e.key === key);
}

/** How many fields of the form (outside sections' own labels) carry this label in this language. */
function fieldsLabelled(elements: FormElement[], label: string, lang: Lang): number {
  return elements.reduce((n, e) => {
    if (e.kind === 'section' || e.kind === 'group') return n + fieldsLabelled(e.elements, label, lang);
    return n + (localized(e.label, lang) === label ? 1 : 0);
  }, 0);
}

export function labelForPath(definition: FormDefinition, path: string, lang: Lang): string {
  const segments = path.split('.').filter(Boolean);
  const all: FormElement[] = definition.pages.flatMap((p) => p.elements);
  let elements = all;
  const parts: string[] = [];
  // The innermost section around the field: named only when the field's own label is not unique
  // ("Email" of the organiser and of the contact person), so an error list tells them apart.
  let section: string | undefined;
  for (let i = 0; i < segments.length; i++) {
    const element = findElement(elements, segments[i]);
    if (!element) break;
    const label = localized(element.label, lang);
    if (element.kind === 'group') {
      section = undefined;
      const index = Number(segments[i + 1]);
      const item = localized(element.itemLabel, lang) || label;
      if (Number.isInteger(index)) {
        parts.push(`${item} ${index + 1}`);
        i++;
      } else parts.push(label);
      elements = element.elements;
    } else if (element.kind === 'section') {
      section = label || undefined;
      elements = element.elements;
    } else {
      if (section && fieldsLabelled(all, label, lang) > 1) parts.push(section);
      // Compound values: name the part too ("Postal address, postal code").
      const part = segments[i + 1] as keyof (typeof rendererMessages)['fi'] | undefined;
      const partLabel = (element.kind === 'address' || element.kind === 'dateRange') && part ? rendererMessages[lang][part] : undefined;
      parts.push(partLabel ? `${label}, ${partLabel.toLocaleLowerCase(lang)}` : label);
      break;
    }
  }
  return parts.join(': ');
}

/** The index of the page whose elements hold a top-level data key, or -1. */
export function pageIndexOfKey(definition: FormDefinition, key: string): number {
  return definition.pages.findIndex((p) => p.elements.some((e) => e.key === key));
}
