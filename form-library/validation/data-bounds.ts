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

/** What the bounds walk checks at one level of the answers, worked out once per definition. */
interface LevelPlan {
  /** The keys this level may hold. */
  known: ReadonlySet<string>;
  fields: FieldPlan[];
}

type FieldPlan =
  | { key: string; check: 'section'; level: LevelPlan }
  /** A composite answer (an address): an object of these parts. */
  | { key: string; check: 'parts'; parts: ReadonlySet<string> }
  /** A list with a most number of items; a group's items are levels of their own. */
  | { key: string; check: 'list'; kind: ListKind; limit: number; items: LevelPlan | null };

const partSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function fieldPlan(element: FormElement): FieldPlan | null {
  if (element.kind === 'section') return { key: element.key, check: 'section', level: levelPlan(element.elements) };
  const spec = specOfElement(element);
  if (spec.parts) {
    let parts = partSets.get(spec.parts);
    if (!parts) partSets.set(spec.parts, (parts = new Set(spec.parts)));
    return { key: element.key, check: 'parts', parts };
  }
  const limit = spec.mostItems?.(element);
  if (limit === undefined) return null;
  return { key: element.key, check: 'list', kind: element.kind, limit, items: element.kind === 'group' ? levelPlan(element.elements) : null };
}

function levelPlan(elements: readonly FormElement[]): LevelPlan {
  const fields: FieldPlan[] = [];
  for (const element of elements) {
    const plan = fieldPlan(element);
    if (plan) fields.push(plan);
  }
  return { known: new Set(elements.map((e) => e.key)), fields };
}

// Definitions are values: the designer's operations return new ones and a published version never
// changes, so a plan made for one stays right for it. Every send of a form then walks its answers
// without looking its elements' kinds up again.
const plans = new WeakMap<FormDefinition, LevelPlan>();

function formPlan(def: FormDefinition): LevelPlan {
  let plan = plans.get(def);
  if (!plan) plans.set(def, (plan = levelPlan(def.pages.flatMap((page) => page.elements))));
  return plan;
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
  const visit = (level: LevelPlan, container: Record<string, unknown>, path: DataPath): void => {
    unknownKeys(container, level.known, path, bounds.unknown);
    for (const field of level.fields) {
      const value = container[field.key];
      if (value === undefined) continue;
      if (field.check === 'section') {
        if (isRecord(value)) visit(field.level, value, [...path, field.key]);
      } else if (field.check === 'parts') {
        if (isRecord(value)) unknownKeys(value, field.parts, [...path, field.key], bounds.unknown);
      } else if (Array.isArray(value)) {
        if (value.length > field.limit) bounds.oversized.push({ path: [...path, field.key], kind: field.kind, limit: field.limit });
        else if (field.items) {
          const items = field.items;
          value.forEach((item, index) => {
            if (isRecord(item)) visit(items, item, [...path, field.key, index]);
          });
        }
      }
    }
  };
  visit(formPlan(def), data, []);
  return bounds;
}
