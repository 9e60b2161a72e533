/**
 * What is wrong with a pack's project data and with the mappings of a form's fields to it, for the
 * designer's problem list and the publishing gate. Which field fits which is form-library/projects'
 * `mappingProblem`; this module only says where and in whose words.
 */
import { LANGS, type FormDefinition, type FormElement, type LocalizedText, type ProjectDataDefinition } from '../format/types';
import { mappingProblem, PROJECT_DATA_KINDS, projectDataForm, projectFieldLabel, projectFields, type ProjectField } from '../projects/project-fields';
import type { FormProblem } from './form-problem';
import { formProblems } from './form-problems';

const ALLOWED = new Set(PROJECT_DATA_KINDS);

/**
 * Problems of the project data itself, paths relative to it ('elements.2.elements.0.key'): the
 * form rules of its elements (unique keys, conditions, options; texts are the language check's),
 * and only value fields and sections.
 */
export function projectDataProblems(def: ProjectDataDefinition): FormProblem[] {
  const out: FormProblem[] = [];
  for (const p of formProblems(projectDataForm(def))) {
    if (p.code === 'missingTranslation') continue;
    out.push({ ...p, path: p.path.replace(/^pages\.0\.?/, '') || 'elements' });
  }
  const walk = (elements: FormElement[], path: string) =>
    elements.forEach((el, i) => {
      const at = `${path}.${i}`;
      if (!ALLOWED.has(el.kind)) out.push({ code: 'projectDataKind', elementId: el.id, path: `${at}.kind`, params: { label: el.label, key: el.key, kind: el.kind } });
      else if (el.kind === 'section') walk(el.elements, `${at}.elements`);
    });
  walk(def.elements, 'elements');
  return out;
}

/**
 * Problems of a form's fields that map to project data, paths relative to the form
 * ('pages.0.elements.1.elements.2.projectField'); each names the field and the project field.
 */
export function formMappingProblems(form: FormDefinition, projectData: ProjectDataDefinition | undefined): FormProblem[] {
  const out: FormProblem[] = [];
  const fields = projectFields(projectData);
  const visit = (el: FormElement, path: string, inGroup: boolean) => {
    if (el.projectField !== undefined) {
      const target = fields.find((f) => f.key === el.projectField);
      const problem = (code: FormProblem['code'], extra: FormProblem['params'] = {}) =>
        out.push({
          code,
          elementId: el.id,
          path: `${path}.projectField`,
          params: { label: el.label, key: el.key, kind: el.kind, field: el.projectField, ...(target ? { fieldLabel: projectFieldLabel(target), fieldKind: target.element.kind } : {}), ...extra },
        });
      const misfit = mappingProblem(el, target);
      if (!projectData) problem('projectFieldWithoutProjectData');
      else if (misfit === 'not_shareable') problem('projectFieldNotValue');
      else if (inGroup) problem('projectFieldInGroup');
      else if (misfit === 'missing') problem('projectFieldUnknown');
      else if (misfit === 'kind') problem('projectFieldKind');
      else if (misfit === 'options') problem('projectFieldOptions', lackingOptions(el, target));
    }
    if (el.kind === 'section' || el.kind === 'group') {
      el.elements.forEach((child, i) => visit(child, `${path}.elements.${i}`, inGroup || el.kind === 'group'));
    }
  };
  form.pages.forEach((page, p) => page.elements.forEach((el, i) => visit(el, `pages.${p}.elements.${i}`, false)));
  return out;
}

/** The project field's options the form field lacks, by value and by their labels joined. */
function lackingOptions(el: FormElement, target: ProjectField | undefined): FormProblem['params'] {
  if (!target || !('options' in target.element) || !('options' in el)) return {};
  const own = new Set(el.options.map((o) => o.value));
  const lacking = target.element.options.filter((o) => !own.has(o.value));
  const valueLabel: LocalizedText = {};
  for (const lang of LANGS) valueLabel[lang] = lacking.map((o) => `"${o.label[lang] ?? o.value}"`).join(', ');
  return { value: lacking.map((o) => o.value).join(', '), valueLabel };
}
