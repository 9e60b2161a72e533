/**
 * What is wrong with a form definition, for the designer's problem list and the publishing gate.
 * Shape errors are the pack schema's job; these are the rules that need the whole form.
 */
import { LANGS, type Condition, type FormDefinition, type FormElement } from '../format/types';
import { specOfElement } from '../kinds/kind-specs';
import type { FormProblem, FormProblemParams } from './form-problem';
import { formPlaceholderProblems } from './placeholder-problems';
import { formTranslationProblems } from './translation-problems';
import { conditionMisfits } from './condition-fit';

export { isValidPattern } from '../kinds/definition-checks';

const KEY = /^[a-zA-Z][a-zA-Z0-9_]*$/;

interface KnownField {
  element: FormElement;
  /** Inside a repeating group: only conditions in the same group may refer to it. */
  inGroup: boolean;
}

export function formProblems(def: FormDefinition): FormProblem[] {
  const out: FormProblem[] = [];
  if (def.pages.length === 0) out.push({ code: 'noPages', path: 'pages' });

  const all = new Map<string, KnownField>();
  collectKeys(def, all, out);

  // Answers a condition may look at: earlier fields in document order, outside groups or in the same group.
  const scope = new Map<string, FormElement>();
  def.pages.forEach((page, p) => {
    const path = `pages.${p}`;
    if (page.condition) checkCondition(page.condition, `${path}.condition`, { label: page.title }, page.id, scope, all, out);
    if (page.elements.length === 0) out.push({ code: 'emptyPage', elementId: page.id, path, params: { label: page.title } });
    page.elements.forEach((element, i) => checkElement(element, `${path}.elements.${i}`, scope, all, out));
  });

  out.push(...formPlaceholderProblems(def));
  for (const item of formTranslationProblems(def, LANGS)) out.push(item);
  return out;
}

function collectKeys(def: FormDefinition, all: Map<string, KnownField>, out: FormProblem[]): void {
  const visit = (element: FormElement, path: string, inGroup: boolean) => {
    const params = { key: element.key, label: element.label };
    if (!KEY.test(element.key)) out.push({ code: 'invalidKey', elementId: element.id, path: `${path}.key`, params });
    else if (all.has(element.key)) out.push({ code: 'duplicateKey', elementId: element.id, path: `${path}.key`, params });
    else all.set(element.key, { element, inGroup });
    if (element.kind === 'section' || element.kind === 'group') {
      element.elements.forEach((child, i) => visit(child, `${path}.elements.${i}`, inGroup || element.kind === 'group'));
    }
  };
  def.pages.forEach((page, p) => page.elements.forEach((e, i) => visit(e, `pages.${p}.elements.${i}`, false)));
}

function checkElement(
  element: FormElement,
  path: string,
  scope: Map<string, FormElement>,
  all: Map<string, KnownField>,
  out: FormProblem[],
): void {
  const who: FormProblemParams = { label: element.label, key: element.key };
  if (element.condition) checkCondition(element.condition, `${path}.condition`, who, element.id, scope, all, out);
  const problem = (code: FormProblem['code'], at = path, params: FormProblemParams = who): void => {
    out.push({ code, elementId: element.id, path: at, params });
  };

  // The kind's own definition: options, limits, a format check (kinds/definition-checks.ts).
  const spec = specOfElement(element);
  for (const p of spec.definitionProblems?.(element) ?? []) problem(p.code, `${path}.${p.at}`, p.value === undefined ? who : { ...who, value: p.value });

  if (element.kind === 'section' || element.kind === 'group') {
    if (element.elements.length === 0) problem(element.kind === 'section' ? 'emptySection' : 'emptyGroup', `${path}.elements`);
    // A group's items see what was before the group and their own earlier siblings, nothing after.
    const inner = element.kind === 'group' ? new Map(scope) : scope;
    element.elements.forEach((child, i) => checkElement(child, `${path}.elements.${i}`, inner, all, out));
    return;
  }
  if (spec.ownValue) scope.set(element.key, element);
}

function checkCondition(
  condition: Condition,
  path: string,
  who: FormProblemParams,
  elementId: string,
  scope: Map<string, FormElement>,
  all: Map<string, KnownField>,
  out: FormProblem[],
): void {
  const known = all.get(condition.field);
  const params: FormProblemParams = { ...who, field: condition.field };
  if (known) params.fieldLabel = known.element.label;
  const problem = (code: FormProblem['code'], at = `${path}.field`, extra: FormProblemParams = {}): void => {
    out.push({ code, elementId, path: at, params: { ...params, ...extra } });
  };

  if (!known) return problem('conditionUnknownField');
  const target = known.element;
  if (!specOfElement(target).ownValue) return problem('conditionNoAnswer');
  if (!scope.has(condition.field)) return problem(known.inGroup ? 'conditionFieldInGroup' : 'conditionLaterField');

  // The compared value must be one the field can have (problems/condition-fit).
  for (const misfit of conditionMisfits(target, condition)) {
    if (misfit.code === 'conditionNotComparable') problem('conditionNotComparable');
    else problem('conditionValueNotOption', `${path}.${misfit.at}`, { value: misfit.value });
  }
}

