/**
 * What the condition builder may offer: only fields that come EARLIER in the form (a condition
 * must never depend on something the customer has not reached), within reach of the element's
 * repeating group if it is in one, and for choice fields only their real values, so a designer
 * cannot write a condition that can never be true.
 */
import type { ChoiceOption, Condition, FormDefinition, FormElement, Lang } from '../../../form-library/format/types';
import { specOfElement } from '../../../form-library/kinds';
import { closedValues } from '../../../form-library/conditions/condition-operators';
import { elementTitle, pageTitle } from '../display-label';
import { allLocations, findElement, type ElementLocation } from './tree';

export interface ConditionField {
  key: string;
  element: FormElement;
  /** Values the field can take, where they are a closed set. */
  values?: Array<{ value: string | boolean; label: ChoiceOption['label'] }>;
}

/**
 * The earlier data fields for `targetId` (an element id or a page id) in document order, and which
 * of them sit in a repeating group the target is not in. That is how the form walk decides
 * (form-library/conditions): each group item is decided on its own, seeing the answers before the
 * group and the item's own earlier answers; nothing outside an item sees into it (one answer per
 * item, so "show when" would have no single value). The target's own contents come after it.
 */
function earlierDataFields(definition: FormDefinition, targetId: string): Array<{ location: ElementLocation; inOtherGroup: boolean }> {
  const locations = allLocations(definition);
  const pageIndex = definition.pages.findIndex((p) => p.id === targetId);
  let stop: number;
  let targetAncestors: ReadonlySet<string> = new Set();
  if (pageIndex >= 0) {
    const firstOnPage = locations.findIndex((l) => l.pageId === targetId);
    const pagesBefore = new Set(definition.pages.slice(0, pageIndex).map((p) => p.id));
    stop = firstOnPage >= 0 ? firstOnPage : locations.filter((l) => pagesBefore.has(l.pageId)).length;
  } else {
    stop = locations.findIndex((l) => l.element.id === targetId);
    if (stop < 0) return [];
    targetAncestors = new Set(locations[stop].ancestors);
  }
  const groupIds = new Set(locations.filter((l) => l.element.kind === 'group').map((l) => l.element.id));
  return locations
    .slice(0, stop)
    .filter((l) => specOfElement(l.element).ownValue)
    .map((location) => ({ location, inOtherGroup: location.ancestors.some((a) => groupIds.has(a) && !targetAncestors.has(a)) }));
}

/**
 * What "show when" may look at for `targetId`: earlier fields outside repeating groups, and inside
 * a group also the earlier fields of the same group item (of every group around the target).
 */
export function earlierFields(definition: FormDefinition, targetId: string): ConditionField[] {
  return earlierDataFields(definition, targetId)
    .filter((f) => !f.inOtherGroup)
    .map(({ location: { element } }) => ({ key: element.key, element, values: closedValues(element) }));
}

/** Whether earlier fields were left out only because they are in a repeating group the target is not in. */
export function groupFieldsLeftOut(definition: FormDefinition, targetId: string): boolean {
  return earlierDataFields(definition, targetId).some((f) => f.inOtherGroup);
}

/** Whether a condition points at an earlier field with a value that field can take. */
export function conditionIsOffered(definition: FormDefinition, targetId: string, condition: Condition): boolean {
  const field = earlierFields(definition, targetId).find((f) => f.key === condition.field);
  if (!field) return false;
  if (!field.values || condition.op === 'answered') return true;
  const allowed = new Set(field.values.map((v) => v.value));
  if (condition.op === 'equals') return allowed.has(condition.value as string | boolean);
  if (condition.op === 'oneOf') return condition.values.every((v) => allowed.has(v as string));
  // A comparison (at least, below…) needs an ordered answer; a closed set of values has none.
  return false;
}



/**
 * The fields' names as the condition builder lists them: their labels, and where two read the same,
 * the page, section or group each is in, so no data key is needed to tell them apart.
 */
export function fieldNames(definition: FormDefinition, fields: readonly ConditionField[], lang: Lang, pageName: (n: number) => string): string[] {
  const titles = fields.map((f) => elementTitle(f.element, lang));
  return titles.map((title, i) => {
    if (titles.indexOf(title) === titles.lastIndexOf(title)) return title;
    const containerId = findElement(definition, fields[i].element.id)?.containerId;
    const pageIndex = definition.pages.findIndex((p) => p.id === containerId);
    const container = pageIndex >= 0 ? pageTitle(definition.pages[pageIndex], lang, pageName(pageIndex + 1)) : elementTitle(findElement(definition, containerId ?? '')?.element ?? fields[i].element, lang);
    return `${title} (${container})`;
  });
}
