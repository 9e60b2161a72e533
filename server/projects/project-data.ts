/**
 * A project's shared data (hanketiedot) as the server keeps it: the pack's projectData as a
 * one-page form, the check of data entered so far (types and formats, not completeness: a project
 * is filled over time), which fields a change touched, and their labels in a language. The mapping
 * rules themselves are form-library/projects' (prefillFromProject, changedMappings).
 */
import { localize } from '../../form-library/format/localize';
import type { FieldError, FormData, FormDefinition, FormElement, Lang, ProjectDataDefinition } from '../../form-library/format/types';
import { projectFields, valueAt } from '../../form-library/projects';
import { validateSubmission } from '../../form-library/validation/validate-submission';

const forms = new WeakMap<ProjectDataDefinition, FormDefinition>();
const lenientForms = new WeakMap<ProjectDataDefinition, FormDefinition>();

/** The project data as a form of one page, as the customer fills it (immutable versions: cached per definition). */
export function projectDataForm(def: ProjectDataDefinition): FormDefinition {
  let form = forms.get(def);
  if (!form) {
    form = { pages: [{ id: 'project-data', title: def.name, elements: def.elements }] };
    forms.set(def, form);
  }
  return form;
}

function optional(elements: FormElement[]): FormElement[] {
  return elements.map((el): FormElement => (el.kind === 'section' ? { ...el, required: false, elements: optional(el.elements) } : { ...el, required: false }));
}

export type ProjectDataCheck = { ok: true; data: FormData } | { ok: false; errors: FieldError[] };

/**
 * The data entered so far, checked by the form's own rules except that nothing is required yet:
 * a wrong type, format or limit is refused (422), a missing answer is not. Paths are prefixed with
 * `data.`, as the request body names them.
 */
export function checkProjectData(def: ProjectDataDefinition, data: FormData, lang: Lang): ProjectDataCheck {
  let form = lenientForms.get(def);
  if (!form) {
    form = { pages: [{ id: 'project-data', title: def.name, elements: optional(def.elements) }] };
    lenientForms.set(def, form);
  }
  const checked = validateSubmission(form, data, lang);
  return checked.ok ? checked : { ok: false, errors: checked.errors.map((e) => ({ path: `data.${e.path}`, message: e.message })) };
}

/** The dotted keys of the project fields whose value differs between two versions of the data. */
export function changedProjectFields(def: ProjectDataDefinition, before: FormData, after: FormData): string[] {
  return projectFields(def)
    .filter((f) => JSON.stringify(valueAt(before, f.key)) !== JSON.stringify(valueAt(after, f.key)))
    .map((f) => f.key);
}

/** A project field's label as the customer reads it: "Järjestäjä › Y-tunnus"; the key itself when unknown. */
export function projectFieldLabel(def: ProjectDataDefinition | undefined, key: string, lang: Lang): string {
  const field = projectFields(def).find((f) => f.key === key);
  return field ? field.labels.map((l) => localize(l, lang)).filter((l) => l !== '').join(' › ') || key : key;
}
