/**
 * Bounds checked on a customer's answers before anything walks them, so that the cost of refusing
 * bad input stays proportional to the form, not to what a client chose to send:
 * - a list longer than its field allows is refused without checking its items;
 * - data nested deeper than any form can be, or holding more values than any form takes, is
 *   refused by one iterative walk that stops at the limit (the recursive walks that follow,
 *   pruning, copying and ajv, could otherwise overflow the stack or run for seconds); the same
 *   walk refuses control characters in texts;
 * - more keys than a slip of the hand that the form does not know are refused without checking
 *   the rest (each would otherwise be an error of its own, sorted into document order).
 */
import type { ElementKind, FormData, FormDefinition, FormElement } from '../format/types';
import { specOfElement } from '../kinds/kind-specs';
import { isRecord, type DataPath } from '../conditions/walk-form';
import { controlCharacterIn } from '../text/control-characters';

/** Deeper than any form: pages hold sections and groups, and a group item holds fields. */
export const MAX_DATA_DEPTH = 64;

/** Values (object members and list items, at any depth) in one set of answers; forms need a few thousand at most. */
export const MAX_DATA_VALUES = 20_000;

/** Unknown keys named one by one; more than this and the answers are refused before other checks. */
export const MAX_UNKNOWN_KEYS = 100;

export type ShapeProblem =
  | { kind: 'tooDeep'; path: DataPath }
  | { kind: 'tooManyValues' }
  | { kind: 'controlCharacter'; path: DataPath; codePoint: string };

interface Place {
  value: unknown;
  depth: number;
  key: string | number | null;
  parent: Place | null;
}

function pathOf(place: Place): DataPath {
  const path: DataPath = [];
  for (let p: Place | null = place; p && p.key !== null; p = p.parent) path.push(p.key);
  return path.reverse();
}

/**
 * Whether `data` is nested deeper than `maxDepth` levels of objects and lists (then the path of the
 * first such place), holds more than `maxValues` values, or has a text with a control character
 * other than tab and line breaks (answers reach spreadsheet cells and PDFs). Iterative, and it stops
 * at the first problem, so any input is measured in time bounded by the limits.
 */
export function shapeProblem(data: unknown, maxDepth = MAX_DATA_DEPTH, maxValues = MAX_DATA_VALUES): ShapeProblem | null {
  const stack: Place[] = [{ value: data, depth: 0, key: null, parent: null }];
  let values = 0;
  let problem: ShapeProblem | null = null;
  // Counts one value; queues a container, or notes the problem it makes.
  const enter = (parent: Place, key: string | number, child: unknown): void => {
    if (++values > maxValues) problem = { kind: 'tooManyValues' };
    else if (typeof child === 'string') {
      const control = controlCharacterIn(child, { singleLine: false });
      if (control) problem = { kind: 'controlCharacter', path: [...pathOf(parent), key], codePoint: control.codePoint };
    } else if (typeof child === 'object' && child !== null) {
      const inner: Place = { value: child, depth: parent.depth + 1, key, parent };
      if (inner.depth >= maxDepth) problem = { kind: 'tooDeep', path: pathOf(inner) };
      else stack.push(inner);
    }
  };
  while (stack.length > 0 && !problem) {
    const place = stack.pop() as Place;
    const { value } = place;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && !problem; i++) enter(place, i, value[i]);
    } else if (isRecord(value)) {
      for (const key in value) {
        if (Object.hasOwn(value, key)) enter(place, key, value[key]);
        if (problem) break;
      }
    }
  }
  return problem;
}

/** A kind whose answer is a list with a most number of items (its spec's `mostItems`). */
export type ListKind = ElementKind;

export interface OversizedList {
  path: DataPath;
  kind: ListKind;
  limit: number;
}

export interface FormBounds {
  /** Lists longer than their field allows, in document order. */
  oversized: OversizedList[];
  /** Keys the form does not know, in the order found. */
  unknown: DataPath[];
}

function listLimit(element: FormElement): { kind: ListKind; limit: number } | null {
  const most = specOfElement(element).mostItems?.(element);
  return most === undefined ? null : { kind: element.kind, limit: most };
}

function unknownKeys(container: Record<string, unknown>, known: ReadonlySet<string>, parent: DataPath, out: DataPath[]): void {
  for (const key in container) {
    // Beyond this many values the answers are refused as a whole (shapeProblem): stop collecting.
    if (out.length > MAX_DATA_VALUES) return;
    if (Object.hasOwn(container, key) && !known.has(key)) out.push([...parent, key]);
  }
}

/**
 * Lists over their limits and keys unknown to the form (at most MAX_DATA_VALUES + 1 of them).
 * Visibility is not decided here (that walk is what this protects): a hidden list that long is
 * refused as well, since no form could have produced it. The recursion follows the form, not the
 * data, so any data is safe here; a group's items are looked into only when it is within its limit.
 */
export function formBounds(def: FormDefinition, data: FormData): FormBounds {
  const bounds: FormBounds = { oversized: [], unknown: [] };
  const visit = (elements: FormElement[], container: Record<string, unknown>, parent: DataPath): void => {
    for (const element of elements) {
      const value = container[element.key];
      if (value === undefined) continue;
      const path = [...parent, element.key];
      if (element.kind === 'section') {
        if (isRecord(value)) visitObject(element.elements, value, path);
        continue;
      }
      const parts = specOfElement(element).parts;
      if (parts && isRecord(value)) {
        unknownKeys(value, new Set<string>(parts), path, bounds.unknown);
        continue;
      }
      const list = listLimit(element);
      if (!list || !Array.isArray(value)) continue;
      if (value.length > list.limit) bounds.oversized.push({ path, ...list });
      else if (element.kind === 'group')
        value.forEach((item, index) => {
          if (isRecord(item)) visitObject(element.elements, item, [...path, index]);
        });
    }
  };
  const keySets = new Map<FormElement[], Set<string>>();
  const visitObject = (elements: FormElement[], container: Record<string, unknown>, path: DataPath): void => {
    let known = keySets.get(elements);
    if (!known) keySets.set(elements, (known = new Set(elements.map((e) => e.key))));
    unknownKeys(container, known, path, bounds.unknown);
    visit(elements, container, path);
  };
  const rootKeys = new Set(def.pages.flatMap((page) => page.elements.map((e) => e.key)));
  unknownKeys(data, rootKeys, [], bounds.unknown);
  for (const page of def.pages) visit(page.elements, data, []);
  return bounds;
}
