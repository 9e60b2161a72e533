/**
 * Whether a rule's condition can hold for some answers: a small satisfiability check, enough to
 * catch what designers write by mistake ("at least 5 000" of a number capped at 1 000, "at least
 * 200 and below 100", "is yes and is no", or a question read only when it is hidden). It says
 * "can hold" whenever it cannot tell, so it never refuses a rule that can fire.
 */
import type { Condition, FormDefinition, FormElement, RuleCondition } from '../format/types';
import { conditionsOf } from '../kinds/kind-specs';

interface Placed {
  element: FormElement;
  /** Conditions that must hold for the element to be shown: its own, its sections', its page's. */
  shownWhen: Condition[];
  inGroup: boolean;
}

/** Every element of the form by key, with what must hold for it to be shown. */
export function placeFields(form: FormDefinition): Map<string, Placed> {
  const out = new Map<string, Placed>();
  const visit = (element: FormElement, above: Condition[], inGroup: boolean) => {
    const shownWhen = element.condition ? [...above, element.condition] : above;
    if (!out.has(element.key)) out.set(element.key, { element, shownWhen, inGroup });
    if (element.kind === 'section' || element.kind === 'group') {
      for (const child of element.elements) visit(child, shownWhen, inGroup || element.kind === 'group');
    }
  };
  for (const page of form.pages) for (const element of page.elements) visit(element, page.condition ? [page.condition] : [], false);
  return out;
}

/** The leaves that must all hold, each with the conditions that show its field; `any` parts apart. */
function conjunction(condition: RuleCondition, fields: Map<string, Placed>, leaves: Condition[], alternatives: RuleCondition[], seen: Set<string>): void {
  if ('all' in condition) {
    for (const part of condition.all) conjunction(part, fields, leaves, alternatives, seen);
    return;
  }
  if ('any' in condition) {
    alternatives.push(condition);
    return;
  }
  leaves.push(condition);
  // A question hidden by its own condition has no answer: reading it requires that it is shown.
  if (seen.has(condition.field)) return;
  seen.add(condition.field);
  for (const shown of fields.get(condition.field)?.shownWhen ?? []) conjunction(shown, fields, leaves, alternatives, seen);
}

export function canHold(condition: RuleCondition, fields: Map<string, Placed>): boolean {
  if ('any' in condition) return condition.any.some((part) => canHold(part, fields));
  const leaves: Condition[] = [];
  const alternatives: RuleCondition[] = [];
  conjunction(condition, fields, leaves, alternatives, new Set());
  if (!alternatives.every((alt) => canHold(alt, fields))) return false;
  const byField = new Map<string, Condition[]>();
  for (const leaf of leaves) byField.set(leaf.field, [...(byField.get(leaf.field) ?? []), leaf]);
  for (const [key, conditions] of byField) {
    const placed = fields.get(key);
    if (placed && !compatible(placed.element, conditions)) return false;
  }
  return true;
}

/** Whether one answer of `element` can meet every condition in `conditions`. */
function compatible(element: FormElement, conditions: Condition[]): boolean {
  const reading = conditionsOf(element);
  // A list answer (multiple choice) can hold several values at once; only its options bound it.
  const single = !reading.list;
  const only = reading.values?.(element);
  let allowed: Set<unknown> | null = only ? new Set(only.map((v) => v.value)) : null;
  const scale = reading.order?.scale ?? (() => null);
  let { low, high } = reading.order?.range(element) ?? { low: -Infinity, high: Infinity };
  let lowOpen = false;
  let highOpen = false;
  const raise = (v: number, open: boolean) => {
    if (v > low || (v === low && open)) [low, lowOpen] = [v, open];
  };
  const lower = (v: number, open: boolean) => {
    if (v < high || (v === high && open)) [high, highOpen] = [v, open];
  };
  for (const c of conditions) {
    if (c.op === 'answered') continue;
    if (c.op === 'equals' || c.op === 'oneOf') {
      const values: unknown[] = c.op === 'equals' ? [c.value] : c.values;
      if (allowed) {
        if (!values.some((v) => allowed!.has(v))) return false;
        if (single) allowed = new Set(values.filter((v) => allowed!.has(v)));
      } else if (single) {
        allowed = new Set(values);
      }
      if (single && c.op === 'equals') {
        const v = scale(c.value);
        if (v !== null) {
          raise(v, false);
          lower(v, false);
        }
      }
      continue;
    }
    const v = scale(c.value);
    if (v === null) return false;
    if (c.op === 'atLeast') raise(v, false);
    else if (c.op === 'above') raise(v, true);
    else if (c.op === 'atMost') lower(v, false);
    else lower(v, true);
  }
  if (low > high || (low === high && (lowOpen || highOpen))) return false;
  return !(single && allowed && allowed.size === 0);
}
