/**
 * Starting a project from a permit-needs assessment's result: which kind of project fits its
 * services, which of them to add, and which answers carry over into the project data.
 */
import { mappingProblem, projectFields, valueAt } from '../../../form-library/projects/project-fields';
import type { FormData, FormDefinition, FormElement } from '../../../form-library/format/types';
import type { ProjectKind } from './projects-api';

/** A service of an assessment's result, as the project start needs it. */
export interface ResultServiceRef {
  pack: string;
  service: string;
}

/** The value fields of a form by dotted path (sections open into their fields). */
function fieldsOf(def: FormDefinition) {
  return projectFields({ name: { fi: '' }, description: { fi: '' }, elements: def.pages.flatMap((p) => p.elements) });
}

/**
 * The answers of an assessment that carry over into project data: an answer whose question has
 * the same dotted key as a project data field and the same kind of value (the mapping rules of
 * form-library/projects). Nothing else is guessed.
 */
export function projectDataFromAnswers(projectForm: FormDefinition, assessmentForm: FormDefinition, answers: FormData): FormData {
  const questions = new Map<string, FormElement>(fieldsOf(assessmentForm).map((f) => [f.key, f.element]));
  const out: FormData = {};
  for (const field of fieldsOf(projectForm)) {
    const question = questions.get(field.key);
    const value = valueAt(answers, field.key);
    if (!question || value === undefined || value === null || value === '') continue;
    if (mappingProblem(question, field) !== null) continue;
    let here: Record<string, unknown> = out;
    const keys = field.key.split('.');
    for (const key of keys.slice(0, -1)) {
      const next = here[key];
      here = typeof next === 'object' && next !== null && !Array.isArray(next) ? (next as Record<string, unknown>) : (here[key] = {});
    }
    here[keys[keys.length - 1]] = value;
  }
  return out;
}

/** The kind of project whose pack holds the most of the services (none when no kind holds any). */
export function kindForServices(kinds: readonly ProjectKind[], services: readonly ResultServiceRef[]): ProjectKind | undefined {
  let best: { kind: ProjectKind; count: number } | undefined;
  for (const kind of kinds) {
    const count = services.filter((s) => s.pack === kind.packSlug && kind.services.some((k) => k.serviceId === s.service)).length;
    if (count > 0 && (!best || count > best.count)) best = { kind, count };
  }
  return best?.kind;
}

/** The service ids of `kind` among the result's services, in the kind's order. */
export function servicesOfKind(kind: ProjectKind, services: readonly ResultServiceRef[]): string[] {
  const wanted = new Set(services.filter((s) => s.pack === kind.packSlug).map((s) => s.service));
  return kind.services.filter((s) => wanted.has(s.serviceId)).map((s) => s.serviceId);
}
