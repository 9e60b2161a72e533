/**
 * What the condition builder may offer: only fields that come EARLIER in the form (a condition
 * must never depend on something the customer has not reached), and for choice fields only their
 * real values, so a designer cannot write a condition that can never be true.
 */
import type { ChoiceOption, Condition, FormDefinition, FormElement } from '../../../form-library/format/types';
import { allLocations } from './tree';

export interface ConditionField {
  key: string;
  element: FormElement;
  /** Values the field can take, where they are a closed set. */
  values?: Array<{ value: string | boolean; label: ChoiceOption['label'] }>;
}

const NO_DATA_KINDS = new Set(['info', 'section', 'group']);

function valuesOf(el: FormElement): ConditionField['values'] {
  if (el.kind === 'choice' || el.kind === 'multiChoice') return el.options.map((o) => ({ value: o.value, label: o.label }));
  if (el.kind === 'yesNo') {
    return [
      { value: true, label: { fi: 'Kyllä', sv: 'Ja', en: 'Yes' } },
      { value: false, label: { fi: 'Ei', sv: 'Nej', en: 'No' } },
    ];
  }
  return undefined;
}

/**
 * Fields before `targetId` (an element id or a page id) in document order, leaving out fields in
 * repeating groups (one answer per item, so "show when" has no single value) and the target's own
 * section/group contents.
 */
export function earlierFields(definition: FormDefinition, targetId: string): ConditionField[] {
  const locations = allLocations(definition);
  const pageIndex = definition.pages.findIndex((p) => p.id === targetId);
  let stop: number;
  if (pageIndex >= 0) {
    const firstOnPage = locations.findIndex((l) => l.pageId === targetId);
    const pagesBefore = new Set(definition.pages.slice(0, pageIndex).map((p) => p.id));
    stop = firstOnPage >= 0 ? firstOnPage : locations.filter((l) => pagesBefore.has(l.pageId)).length;
  } else {
    stop = locations.findIndex((l) => l.element.id === targetId);
    if (stop < 0) return [];
  }
  const groupIds = new Set(locations.filter((l) => l.element.kind === 'group').map((l) => l.element.id));
  return locations
    .slice(0, stop)
    .filter((l) => !NO_DATA_KINDS.has(l.element.kind) && !l.ancestors.some((a) => groupIds.has(a)))
    .map((l) => ({ key: l.element.key, element: l.element, values: valuesOf(l.element) }));
}

/** Whether a condition points at an earlier field with a value that field can take. */
export function conditionIsOffered(definition: FormDefinition, targetId: string, condition: Condition): boolean {
  const field = earlierFields(definition, targetId).find((f) => f.key === condition.field);
  if (!field) return false;
  if (!field.values || condition.op === 'answered') return true;
  const allowed = new Set(field.values.map((v) => v.value));
  if (condition.op === 'equals') return allowed.has(condition.value as string | boolean);
  return condition.values.every((v) => allowed.has(v as string));
}


