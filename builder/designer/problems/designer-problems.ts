/**
 * The form's problems on the canvas, each tied to the element or page it is about, worded in the
 * designer's language and weighed by form-library (formProblems, formProblemSeverity): the form's
 * part of `packProblems`, the list the problem list shows and the server's publishing gate refuses.
 */
import type { FormDefinition, Lang } from '../../../form-library/format/types';
import { describeFormProblem, formProblems, formProblemSeverity } from '../../../form-library/problems';
import { elementIdAtPath } from './element-at-path';

export interface DesignerProblem {
  path: string;
  severity: 'error' | 'warning';
  /** Element or page the problem is shown on. */
  targetId?: string;
  text: string;
}

export function designerProblems(definition: FormDefinition, lang: Lang): DesignerProblem[] {
  return formProblems(definition).map((p) => ({
    path: p.path,
    severity: formProblemSeverity(p),
    targetId: p.elementId ?? elementIdAtPath(definition, p.path),
    text: describeFormProblem(p, lang),
  }));
}

export function problemsByTarget(problems: DesignerProblem[]): Map<string, DesignerProblem[]> {
  const map = new Map<string, DesignerProblem[]>();
  for (const p of problems) {
    if (!p.targetId) continue;
    const list = map.get(p.targetId) ?? [];
    list.push(p);
    map.set(p.targetId, list);
  }
  return map;
}

/**
 * `next` with each element's list replaced by the previous one where its texts and severities are
 * the same, so that after a move only the elements whose problems really changed re-render. Paths
 * (which shift when an element moves) are not compared: the canvas shows texts only.
 */
export function reuseUnchanged(previous: Map<string, DesignerProblem[]>, next: Map<string, DesignerProblem[]>): Map<string, DesignerProblem[]> {
  let same = previous.size === next.size;
  const out = new Map<string, DesignerProblem[]>();
  for (const [id, list] of next) {
    const old = previous.get(id);
    const keep = old !== undefined && old.length === list.length && old.every((p, i) => p.text === list[i].text && p.severity === list[i].severity);
    out.set(id, keep ? old : list);
    if (!keep) same = false;
  }
  return same ? previous : out;
}
