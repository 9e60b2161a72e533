/**
 * Project data and the fields mapped to it: which project fields a pack declares, which form fields
 * map to them, whether a mapping fits, and how a form is prefilled from a project. The one
 * definition the builder's picker, the publishing check, the server's sends and the runtime use.
 */
import { ELEMENT_KINDS, LANGS, type FormData, type FormDefinition, type FormElement, type LocalizedText, type ProjectDataDefinition } from '../format/types';
import { isRecord } from '../conditions/walk-form';
import { KIND_SPECS } from '../kinds/kind-specs';

/** Whether a field of this kind holds a value a project can share (and so may map to project data): its spec says. */
export function isShareableKind(kind: FormElement['kind']): boolean {
  return KIND_SPECS[kind].projectValue !== undefined;
}

/** What project data may hold: the shareable value kinds, and sections of them. */
export const PROJECT_DATA_KINDS: readonly FormElement['kind'][] = [...ELEMENT_KINDS.filter(isShareableKind), 'section'];

/** The kind of value a field's answer is, so that one kind may prefill another of the same value (a textarea a text). */
function valueKind(kind: FormElement['kind']): FormElement['kind'] {
  return KIND_SPECS[kind].projectValue?.sameAs ?? kind;
}

export interface ProjectField {
  /** Dotted key in the project data, e.g. 'organiser.businessId'. */
  key: string;
  element: FormElement;
  /** The labels from the outermost section down to the field, for "Organiser › Business ID". */
  labels: LocalizedText[];
}

/** The id of the one page of the project data seen as a form. */
export const PROJECT_DATA_PAGE_ID = 'project-data';

/** The project data seen as a one-page form: its rules, rendering and editing are a form's. */
export function projectDataForm(def: ProjectDataDefinition): FormDefinition {
  return { pages: [{ id: PROJECT_DATA_PAGE_ID, title: def.name, elements: def.elements }] };
}

/** "Organiser › Business ID" in every language: a project field as the designer reads it. */
export function projectFieldLabel(field: Pick<ProjectField, 'labels'>): LocalizedText {
  const out: LocalizedText = {};
  for (const lang of LANGS) out[lang] = field.labels.map((label) => label[lang] ?? '').filter((text) => text.trim() !== '').join(' › ');
  return out;
}

/** Every value field of the project data, in document order (sections open into their fields). */
export function projectFields(def: ProjectDataDefinition | undefined): ProjectField[] {
  const out: ProjectField[] = [];
  const walk = (elements: FormElement[], prefix: string, labels: LocalizedText[]) => {
    for (const el of elements) {
      if (el.kind === 'section') walk(el.elements, `${prefix}${el.key}.`, [...labels, el.label]);
      else if (isShareableKind(el.kind)) out.push({ key: `${prefix}${el.key}`, element: el, labels: [...labels, el.label] });
    }
  };
  if (def) walk(def.elements, '', []);
  return out;
}

export interface FieldMapping {
  /** Dotted path of the form field in the form's data, e.g. 'event.name'. */
  path: string;
  element: FormElement;
  projectField: string;
}

/** Every field of a form that maps to project data (groups' fields never do: they repeat). */
export function formMappings(form: FormDefinition): FieldMapping[] {
  const out: FieldMapping[] = [];
  const walk = (elements: FormElement[], prefix: string) => {
    for (const el of elements) {
      if (el.kind === 'section') walk(el.elements, `${prefix}${el.key}.`);
      else if (el.kind !== 'group' && el.projectField) out.push({ path: `${prefix}${el.key}`, element: el, projectField: el.projectField });
    }
  };
  for (const page of form.pages) walk(page.elements, '');
  return out;
}

export type MappingProblem = 'not_shareable' | 'missing' | 'kind' | 'options';

/**
 * Why a form field cannot map to a project field, or null when it fits: same kind of value, and for
 * a choice every option the project can hold is an option of the field.
 */
export function mappingProblem(element: FormElement, target: ProjectField | undefined): MappingProblem | null {
  if (!isShareableKind(element.kind)) return 'not_shareable';
  if (!target) return 'missing';
  if (valueKind(element.kind) !== valueKind(target.element.kind)) return 'kind';
  if ((element.kind === 'choice' || element.kind === 'multiChoice') && (target.element.kind === 'choice' || target.element.kind === 'multiChoice')) {
    const own = new Set(element.options.map((o) => o.value));
    if (target.element.options.some((o) => !own.has(o.value))) return 'options';
  }
  return null;
}

/** The project fields a form field may map to, for the builder's list. */
export function fittingProjectFields(element: FormElement, def: ProjectDataDefinition | undefined): ProjectField[] {
  return projectFields(def).filter((f) => mappingProblem(element, f) === null);
}

export function valueAt(data: FormData, dotted: string): unknown {
  let here: unknown = data;
  for (const key of dotted.split('.')) {
    if (!isRecord(here)) return undefined;
    here = here[key];
  }
  return here;
}

function setAt(data: FormData, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let here: Record<string, unknown> = data;
  for (const key of keys.slice(0, -1)) {
    if (!isRecord(here[key])) here[key] = {};
    here = here[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1];
  if (value === undefined) delete here[last];
  else here[last] = value;
}

function copy(data: FormData): FormData {
  return structuredClone(data);
}

/**
 * The answers with every mapped field holding the project's value (or no value, when the project
 * has none): what a permit's form shows and what is sent. The draft's own answers stay as they are.
 */
export function prefillFromProject(form: FormDefinition, projectData: FormData, answers: FormData): FormData {
  const out = copy(answers);
  for (const m of formMappings(form)) setAt(out, m.path, valueAt(projectData, m.projectField));
  return out;
}

/** The mapped fields of a form whose project value differs between two versions of the project data. */
export function changedMappings(form: FormDefinition, before: FormData, after: FormData): FieldMapping[] {
  return formMappings(form).filter((m) => JSON.stringify(valueAt(before, m.projectField)) !== JSON.stringify(valueAt(after, m.projectField)));
}

/**
 * Project data from the answers of a form whose fields map to it, such as a permit-needs
 * assessment's questions: each mapped answer whose field fits its project field (and, for a
 * choice, is one of the project field's options). The reverse of `prefillFromProject`; nothing
 * is guessed from keys or labels.
 */
export function projectDataFromForm(form: FormDefinition, def: ProjectDataDefinition | undefined, answers: FormData): FormData {
  const targets = new Map(projectFields(def).map((f) => [f.key, f]));
  const out: FormData = {};
  for (const m of formMappings(form)) {
    const target = targets.get(m.projectField);
    const value = fittingValue(target, valueAt(answers, m.path));
    if (!target || value === undefined || mappingProblem(m.element, target) !== null) continue;
    setAt(out, m.projectField, value);
  }
  return out;
}

/** The value as the project field can hold it, or undefined when it holds no answer or none it allows. */
function fittingValue(target: ProjectField | undefined, value: unknown): unknown {
  if (value === undefined || value === null || value === '' || !target) return undefined;
  const el = target.element;
  if (el.kind === 'choice') return el.options.some((o) => o.value === value) ? value : undefined;
  if (el.kind === 'multiChoice') {
    if (!Array.isArray(value)) return undefined;
    const kept = value.filter((v) => el.options.some((o) => o.value === v));
    return kept.length > 0 ? kept : undefined;
  }
  return value;
}
