/**
 * Starting a project from a permit-needs assessment's result: which kind of project fits its
 * services, which of them to add, and which answers carry over into the project data.
 */
import { projectDataFromForm } from '../../../form-library/projects/project-fields';
import type { FormData, FormDefinition } from '../../../form-library/format/types';
import type { ProjectKind } from './projects-api';

/** A service of an assessment's result, as the project start needs it. */
export interface ResultServiceRef {
  pack: string;
  service: string;
}

/**
 * The answers of an assessment that carry over into project data: those of the questions the
 * designer mapped to a project data field (form-library's mapping rules; nothing is guessed).
 */
export function projectDataFromAnswers(projectForm: FormDefinition, assessmentForm: FormDefinition, answers: FormData): FormData {
  const definition = { name: { fi: '' }, description: { fi: '' }, elements: projectForm.pages.flatMap((p) => p.elements) };
  return projectDataFromForm(assessmentForm, definition, answers);
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
