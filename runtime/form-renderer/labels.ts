/** Finds the element a data path points at, for error texts and summaries ("Participants 2: Name"). */
import type { FormDefinition, FormElement, Lang } from '../../form-library/format/types';
import { localize } from '../../form-library/format/localize';
import { specOf } from '../../form-library/kinds/kind-specs';
import { partTexts } from '../../i18n/catalogs/form';
import { translator, type KeyOf } from '../../i18n/translate';

export function findElement(elements: FormElement[], key: string): FormElement | undefined {
  return elements.find((e) => e.key === key);
}

/** How many fields of the form (outside sections' and groups' own labels) carry each label, per language. */
const labelCounts = new WeakMap<FormDefinition, Partial<Record<Lang, Map<string, number>>>>();

function countLabels(elements: FormElement[], lang: Lang, counts: Map<string, number>): Map<string, number> {
  for (const e of elements) {
    if (e.kind === 'section' || e.kind === 'group') countLabels(e.elements, lang, counts);
    else {
      const label = localize(e.label, lang);
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
  }
  return counts;
}

/** Counted once per form and language: a summary labels every error with it. */
function fieldsLabelled(definition: FormDefinition, label: string, lang: Lang): number {
  let byLang = labelCounts.get(definition);
  if (!byLang) labelCounts.set(definition, (byLang = {}));
  const counts = (byLang[lang] ??= countLabels(definition.pages.flatMap((p) => p.elements), lang, new Map()));
  return counts.get(label) ?? 0;
}

export function labelForPath(definition: FormDefinition, path: string, lang: Lang): string {
  const segments = path.split('.').filter(Boolean);
  let elements: FormElement[] = definition.pages.flatMap((p) => p.elements);
  const parts: string[] = [];
  // The innermost section around the field: named only when the field's own label is not unique
  // ("Email" of the organiser and of the contact person), so an error list tells them apart.
  let section: string | undefined;
  for (let i = 0; i < segments.length; i++) {
    const element = findElement(elements, segments[i]);
    if (!element) break;
    const label = localize(element.label, lang);
    if (element.kind === 'group') {
      section = undefined;
      const index = Number(segments[i + 1]);
      const item = localize(element.itemLabel, lang) || label;
      if (Number.isInteger(index)) {
        parts.push(`${item} ${index + 1}`);
        i++;
      } else parts.push(label);
      elements = element.elements;
    } else if (element.kind === 'section') {
      section = label || undefined;
      elements = element.elements;
    } else {
      if (section && fieldsLabelled(definition, label, lang) > 1) parts.push(section);
      // Compound values: name the part too ("Postal address, postal code").
      const part = segments[i + 1] as KeyOf<typeof partTexts> | undefined;
      const partLabel = specOf(element.kind).parts && part ? translator(partTexts, lang)(part) : undefined;
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
