/** Finds the element a data path points at, for error texts and summaries ("Participants 2: Name"). */
import type { FormDefinition, FormElement, Lang } from '../../form-library/format/types';
import { rendererMessages } from './messages';
import { localized } from './ui-overlay';

export function findElement(elements: FormElement[], key: string): FormElement | undefined {
  return elements.find((e) => e.key === key);
}

export function labelForPath(definition: FormDefinition, path: string, lang: Lang): string {
  const segments = path.split('.').filter(Boolean);
  let elements: FormElement[] = definition.pages.flatMap((p) => p.elements);
  const parts: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const element = findElement(elements, segments[i]);
    if (!element) break;
    const label = localized(element.label, lang);
    if (element.kind === 'group') {
      const index = Number(segments[i + 1]);
      const item = localized(element.itemLabel, lang) || label;
      if (Number.isInteger(index)) {
        parts.push(`${item} ${index + 1}`);
        i++;
      } else parts.push(label);
      elements = element.elements;
    } else if (element.kind === 'section') {
      elements = element.elements;
    } else {
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
