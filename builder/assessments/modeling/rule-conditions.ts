/**
 * The rules editor's model, pure and tested without React: which questions a rule may read,
 * which comparisons each kind of answer allows, and edits of a rule's condition tree addressed by
 * index paths. A rule's `when` is shown as a group ("all of" / "any of") whose rows are conditions
 * or groups again; a group of one condition is stored as that condition.
 */
import type { Condition, FormDefinition, FormElement, LocalizedText, RuleCondition } from '../../../form-library/format/types';
import { closedValues, conditionOperators, type ConditionOp } from '../../../form-library/conditions/condition-operators';
import { conditionsOf, specOfElement } from '../../../form-library/kinds';

/** A question a rule can read: a data field outside repeating groups (keys are unique in the form). */
export interface RuleQuestion {
  key: string;
  element: FormElement;
  /** The answers it can have, where they are a closed set. */
  values?: Array<{ value: string | boolean; label: LocalizedText }>;
}

export function ruleQuestions(form: FormDefinition): RuleQuestion[] {
  const out: RuleQuestion[] = [];
  const visit = (element: FormElement) => {
    if (element.kind === 'section') return element.elements.forEach(visit);
    // A group's answers are per item, so no rule reads them; info holds none.
    if (!specOfElement(element).ownValue) return;
    out.push({ key: element.key, element, values: closedValues(element) });
  };
  for (const page of form.pages) page.elements.forEach(visit);
  return out;
}

export type RuleOp = ConditionOp;

/** What can be asked of an answer of this kind, in the order the editor offers it. */
export const operatorsFor = conditionOperators;

/** A value of the right kind for `op` on `question`, keeping `previous` where it still fits. */
export function valueFor(question: RuleQuestion, op: RuleOp, previous?: unknown): Condition {
  const { key, element } = question;
  if (op === 'answered') return { field: key, op };
  const first = question.values?.[0]?.value;
  if (op === 'oneOf') {
    const kept = Array.isArray(previous) ? previous.filter((v): v is string => typeof v === 'string') : typeof previous === 'string' ? [previous] : [];
    return { field: key, op, values: kept.length > 0 ? kept : typeof first === 'string' ? [first] : [] };
  }
  // An ordered kind (number, time, date): the previous value while it is one of the kind's, else where its spec starts.
  const order = conditionsOf(element).order;
  if (order) return { field: key, op, value: order.scale(previous) !== null ? (previous as number | string) : order.start(element) };
  if (op !== 'equals') return { field: key, op: 'answered' };
  if (question.values) {
    const kept = question.values.some((v) => v.value === previous) ? (previous as string | boolean) : first;
    return kept === undefined ? { field: key, op: 'answered' } : { field: key, op, value: kept };
  }
  return { field: key, op, value: typeof previous === 'string' ? previous : '' };
}

/** A new condition on `question`: yes, the first option, "at least" the minimum, "after 22:00"… */
export function defaultCondition(question: RuleQuestion): Condition {
  return valueFor(question, operatorsFor(question.element)[0]);
}

/** The value a condition holds, whatever its operator. */
export function conditionValue(condition: Condition): unknown {
  if (condition.op === 'answered') return undefined;
  if (condition.op === 'oneOf') return condition.values;
  return condition.value;
}

// ---- The condition tree ----------------------------------------------------------------------

export type Join = 'all' | 'any';
export interface ConditionGroup {
  join: Join;
  rows: RuleCondition[];
}

/** A rule's `when` as a group: a lone condition is a group of one. */
export function asGroup(when: RuleCondition): ConditionGroup {
  if ('all' in when) return { join: 'all', rows: when.all };
  if ('any' in when) return { join: 'any', rows: when.any };
  return { join: 'all', rows: [when] };
}

function isEmptyGroup(row: RuleCondition): boolean {
  return ('all' in row && row.all.length === 0) || ('any' in row && row.any.length === 0);
}

/** Back from a group: one condition alone is stored as itself, and a group emptied by a removal goes. */
export function fromGroup(group: ConditionGroup): RuleCondition {
  const rows = group.rows.filter((row) => !isEmptyGroup(row));
  if (rows.length === 1 && !('all' in rows[0]) && !('any' in rows[0])) return rows[0];
  return group.join === 'all' ? { all: rows } : { any: rows };
}

/** `path` names a row: [2] the third row, [2, 0] the first row of the group in the third row. */
export type RowPath = number[];

function mapGroupAt(when: RuleCondition, path: RowPath, change: (group: ConditionGroup) => ConditionGroup): RuleCondition {
  const group = asGroup(when);
  if (path.length === 0) return fromGroup(change(group));
  const [head, ...rest] = path;
  const rows = group.rows.map((row, i) => (i === head ? mapGroupAt(row, rest, change) : row));
  return fromGroup({ ...group, rows });
}

/** Replaces the row at `path` (the last index) within its group. */
export function replaceRow(when: RuleCondition, path: RowPath, row: RuleCondition): RuleCondition {
  const at = path[path.length - 1];
  return mapGroupAt(when, path.slice(0, -1), (g) => ({ ...g, rows: g.rows.map((r, i) => (i === at ? row : r)) }));
}

/** Removes the row at `path`; a group left empty keeps nothing of it (the rule then has no condition row). */
export function removeRow(when: RuleCondition, path: RowPath): RuleCondition {
  const at = path[path.length - 1];
  return mapGroupAt(when, path.slice(0, -1), (g) => ({ ...g, rows: g.rows.filter((_, i) => i !== at) }));
}

/** Adds `row` at the end of the group at `groupPath` ([] is the rule's own group). */
export function appendRow(when: RuleCondition, groupPath: RowPath, row: RuleCondition): RuleCondition {
  return mapGroupAt(when, groupPath, (g) => ({ ...g, rows: [...g.rows, row] }));
}

/** "All of" ⇄ "any of" for the group at `groupPath`. */
export function setJoin(when: RuleCondition, groupPath: RowPath, join: Join): RuleCondition {
  return mapGroupAt(when, groupPath, (g) => ({ ...g, join }));
}
