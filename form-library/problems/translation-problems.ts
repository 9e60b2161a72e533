/** Texts missing in a language, per form and over a whole pack (the publishing language gate). */
import type { FormDefinition, FormElement, FormPackContent, Lang, LocalizedText } from '../format/types';
import type { FormProblem, TextRole } from './form-problem';
import { specOfElement } from '../kinds/kind-specs';

function has(text: LocalizedText | undefined, lang: Lang): boolean {
  return typeof text?.[lang] === 'string' && text[lang].trim() !== '';
}

function anyText(text: LocalizedText | undefined): boolean {
  return !!text && Object.values(text).some((t) => typeof t === 'string' && t.trim() !== '');
}

interface TextCheck {
  text: LocalizedText | undefined;
  role: TextRole;
  path: string;
  /** Optional texts are only checked once some language has them. */
  optional?: boolean;
  elementId?: string;
  label?: LocalizedText;
  key?: string;
}

function check(out: FormProblem[], langs: readonly Lang[], c: TextCheck): void {
  if (c.optional && !anyText(c.text)) return;
  for (const lang of langs) {
    if (has(c.text, lang)) continue;
    const problem: FormProblem = { code: 'missingTranslation', path: c.path, lang, params: { text: c.role } };
    if (c.elementId) problem.elementId = c.elementId;
    if (c.label) problem.params!.label = c.label;
    if (c.key) problem.params!.key = c.key;
    out.push(problem);
  }
}

function elementTexts(out: FormProblem[], langs: readonly Lang[], element: FormElement, path: string): void {
  const who = { elementId: element.id, label: element.label, key: element.key };
  const spec = specOfElement(element);
  check(out, langs, { ...who, text: element.label, role: 'label', path: `${path}.label`, optional: spec.labelOptional });
  check(out, langs, { ...who, text: element.help, role: 'help', path: `${path}.help`, optional: true });
  for (const own of spec.texts?.(element) ?? []) check(out, langs, { ...who, ...own, path: `${path}.${own.at}` });
  if (element.kind === 'section' || element.kind === 'group') element.elements.forEach((child, i) => elementTexts(out, langs, child, `${path}.elements.${i}`));
}

/** Missing texts of one form in `langs`; `prefix` places the paths inside a larger document. */
export function formTranslationProblems(def: FormDefinition, langs: readonly Lang[], prefix = ''): FormProblem[] {
  const out: FormProblem[] = [];
  def.pages.forEach((page, p) => {
    const path = `${prefix}pages.${p}`;
    check(out, langs, { text: page.title, role: 'title', path: `${path}.title`, label: page.title, elementId: page.id });
    page.elements.forEach((element, i) => elementTexts(out, langs, element, `${path}.elements.${i}`));
  });
  return out;
}

/**
 * Every text of a pack missing in `langs`: pack and service names and descriptions, forms, workflow
 * state and transition labels and customer alerts, and the project data's. Publishing asks for ['fi', 'sv'].
 */
export function missingTranslations(content: FormPackContent, langs: readonly Lang[]): FormProblem[] {
  const out: FormProblem[] = [];
  check(out, langs, { text: content.name, role: 'name', path: 'name', label: content.name, key: content.slug });
  check(out, langs, { text: content.description, role: 'description', path: 'description', label: content.name, key: content.slug });
  content.services.forEach((service, s) => {
    const at = `services.${s}`;
    const who = { label: service.name, key: service.id };
    check(out, langs, { ...who, text: service.name, role: 'name', path: `${at}.name` });
    check(out, langs, { ...who, text: service.description, role: 'description', path: `${at}.description` });
    for (const item of formTranslationProblems(service.form, langs, `${at}.form.`)) out.push(item);
    service.workflow.states.forEach((state, i) =>
      check(out, langs, { text: state.label, role: 'stateLabel', path: `${at}.workflow.states.${i}.label`, label: state.label, key: state.id }));
    service.workflow.transitions.forEach((transition, i) => {
      const whoT = { label: transition.label, key: transition.event };
      check(out, langs, { ...whoT, text: transition.label, role: 'transitionLabel', path: `${at}.workflow.transitions.${i}.label` });
      check(out, langs, { ...whoT, text: transition.customerAlert, role: 'customerAlert', path: `${at}.workflow.transitions.${i}.customerAlert`, optional: true });
    });
  });
  if (content.projectData) {
    const data = content.projectData;
    const who = { label: data.name, key: 'projectData' };
    check(out, langs, { ...who, text: data.name, role: 'name', path: 'projectData.name' });
    check(out, langs, { ...who, text: data.description, role: 'description', path: 'projectData.description' });
    data.elements.forEach((element, i) => elementTexts(out, langs, element, `projectData.elements.${i}`));
  }
  // An assessment's name, description and questions; its rules' reasons are checked in every
  // language by form-library/assessment (a customer relies on them as legal guidance).
  (content.assessments ?? []).forEach((assessment, a) => {
    const at = `assessments.${a}`;
    const who = { label: assessment.name, key: assessment.id };
    check(out, langs, { ...who, text: assessment.name, role: 'name', path: `${at}.name` });
    check(out, langs, { ...who, text: assessment.description, role: 'description', path: `${at}.description` });
    out.push(...formTranslationProblems(assessment.form, langs, `${at}.form.`));
  });
  return out;
}
