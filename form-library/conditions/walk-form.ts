/**
 * One walk over a form definition and its data in document order, deciding for each element
 * whether it is shown. Pruning, required checks, compilation and attachment listing all use it,
 * so visibility has one definition.
 */
import type { FormData, FormDefinition, FormElement, FormPage } from '../format/types';
import { evaluateCondition } from './evaluate-condition';

export type DataPath = Array<string | number>;

export interface ElementVisit {
  element: FormElement;
  /** Data path from the root, e.g. ['performers', 1, 'performerName']. */
  path: DataPath;
  value: unknown;
  visible: boolean;
  pageIndex: number;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Visits every element in document order. Children of a hidden page, section or group are not
 * visited (the container's visit says it is hidden). A group's children are visited once per item,
 * each item with its own scope: a condition there may look at an earlier sibling in the same item
 * or at any earlier field outside the group.
 */
export function walkForm(def: FormDefinition, data: FormData, visit: (v: ElementVisit) => void): void {
  const scope = new Map<string, unknown>();
  def.pages.forEach((page, pageIndex) => {
    const pageVisible = isPageVisible(page, data, scope);
    for (const element of page.elements) {
      if (pageVisible) walkElement(element, data, [], scope, data, pageIndex, visit);
      else visit({ element, path: [element.key], value: data[element.key], visible: false, pageIndex });
    }
  });
}

function isPageVisible(page: FormPage, data: FormData, scope: Map<string, unknown>): boolean {
  return !page.condition || evaluateCondition(page.condition, data, scope);
}

function walkElement(
  element: FormElement,
  container: Record<string, unknown> | undefined,
  parentPath: DataPath,
  scope: Map<string, unknown>,
  root: FormData,
  pageIndex: number,
  visit: (v: ElementVisit) => void,
): void {
  const value = container?.[element.key];
  const path = [...parentPath, element.key];
  const visible = !element.condition || evaluateCondition(element.condition, root, scope);
  visit({ element, path, value, visible, pageIndex });
  if (!visible) return;
  switch (element.kind) {
    case 'info':
      return;
    case 'section': {
      const inner = isRecord(value) ? value : undefined;
      for (const child of element.elements) walkElement(child, inner, path, scope, root, pageIndex, visit);
      return;
    }
    case 'group': {
      if (!Array.isArray(value)) return;
      value.forEach((item, index) => {
        // A copy: one item's answers must not leak into the next item or past the group.
        const itemScope = new Map(scope);
        const inner = isRecord(item) ? item : undefined;
        for (const child of element.elements) walkElement(child, inner, [...path, index], itemScope, root, pageIndex, visit);
      });
      return;
    }
    default:
      scope.set(element.key, value);
  }
}

/** Pages the customer goes through with these answers, in order. */
export function visiblePages(def: FormDefinition, data: FormData): Array<{ index: number; page: FormPage }> {
  const shown = new Set<number>();
  const scope = new Map<string, unknown>();
  // Walk page by page so a page condition sees only answers from visible earlier pages.
  def.pages.forEach((page, pageIndex) => {
    if (!isPageVisible(page, data, scope)) return;
    shown.add(pageIndex);
    for (const element of page.elements) walkElement(element, data, [], scope, data, pageIndex, () => {});
  });
  return def.pages.flatMap((page, index) => (shown.has(index) ? [{ index, page }] : []));
}

/**
 * The answers the customer can see, by key: every shown data field outside repeating groups
 * (inside sections too; keys are unique in a form). What an assessment's rules read, so an answer
 * left behind on a question the customer no longer sees never fires a rule.
 */
export function visibleAnswerMap(def: FormDefinition, data: FormData): Map<string, unknown> {
  const answers = new Map<string, unknown>();
  walkForm(def, data, ({ element, path, value, visible }) => {
    if (!visible || element.kind === 'info' || element.kind === 'section' || element.kind === 'group') return;
    if (path.some((step) => typeof step === 'number')) return;
    answers.set(element.key, value);
  });
  return answers;
}
