/**
 * Everything wrong with a pack's content, in ONE list: what the designer's problem list shows on
 * every tab, what the coordinator's review lists, and what the server's publishing gate refuses
 * (every problem of severity 'error'). Each service's form checks (`formProblems`), its workflow
 * validator, the pack's own rules, and the language check of every customer-facing text
 * (`missingTranslations`). Finnish and Swedish are required (PUBLISH_LANGS); English is welcome,
 * so what is missing or left as a starting text in English is a warning.
 */
import type { FormPackContent, Lang } from '../format/types';
import { LANGS } from '../format/types';
import { assessmentProblems, describeAssessmentProblem, type AssessmentCatalog } from '../assessment';
import { packRuleTexts } from '../../i18n/catalogs/pack';
import { translator } from '../../i18n/translate';
import { validateWorkflow } from '../../workflows/validation/validate-workflow';
import { describeWorkflowProblem } from '../../workflows/validation/workflow-problem';
import { describeFormProblem } from './describe-form-problem';
import type { FormProblem } from './form-problem';
import { formProblems } from './form-problems';
import { missingTranslations } from './translation-problems';
import { formMappingProblems, projectDataProblems } from './project-problems';

/** The languages every customer-facing text must have before a pack is published. */
export const PUBLISH_LANGS: readonly Lang[] = ['fi', 'sv'];

export type ProblemSeverity = 'error' | 'warning';

export interface PackProblem {
  /** form-library's FormProblemCode or AssessmentProblemCode, workflows' WorkflowProblemCode, or a pack rule ('noServices', 'duplicateServiceId'). */
  code: string;
  /**
   * Dotted path into the pack content ('services.0.form.pages.1.elements.2.label.sv'); a text
   * missing or left as a starting text in one language ends in that language.
   */
  path: string;
  message: string;
  /** 'error' stops publishing; 'warning' is worth fixing but does not. */
  severity: ProblemSeverity;
  source: 'format' | 'form' | 'workflow' | 'translation' | 'assessment';
  lang?: Lang;
  /** The element or page a form problem is about. */
  elementId?: string;
  /** The service it is in; absent for the pack's own texts and rules. */
  serviceIndex?: number;
}

/** Which form problems stop publishing: all but those of English texts, which is not required. */
export function formProblemSeverity(p: FormProblem): ProblemSeverity {
  return p.lang !== undefined && !PUBLISH_LANGS.includes(p.lang) ? 'warning' : 'error';
}

function fromForm(p: FormProblem, prefix: string, source: PackProblem['source'], lang: Lang, serviceIndex?: number): PackProblem {
  const base = prefix + p.path;
  return {
    code: p.code,
    path: p.lang ? `${base}.${p.lang}` : base,
    message: describeFormProblem(p, lang),
    severity: formProblemSeverity(p),
    source,
    ...(p.lang ? { lang: p.lang } : {}),
    ...(p.elementId ? { elementId: p.elementId } : {}),
    ...(serviceIndex !== undefined ? { serviceIndex } : {}),
  };
}

function serviceOf(path: string): number | undefined {
  const m = /^services\.(\d+)\./.exec(path);
  return m ? Number(m[1]) : undefined;
}

/**
 * Every problem of the pack, worded in `lang`, in the order pack rules, services (form, its mappings
 * to project data, workflow), project data, assessments, texts. `catalog` answers what an
 * assessment's rules may name outside the pack (published services, the topics); without it (in
 * the browser) the assessments' rules are the server's to check.
 */
export function packProblems(content: FormPackContent, lang: Lang, catalog?: AssessmentCatalog): PackProblem[] {
  const t = translator(packRuleTexts, lang);
  const problems: PackProblem[] = [];
  if (content.services.length === 0 && !content.assessments?.length) problems.push({ code: 'noServices', path: 'services', message: t('noServices'), severity: 'error', source: 'format' });
  const serviceIds = new Set<string>();
  content.services.forEach((s, si) => {
    if (serviceIds.has(s.id)) {
      problems.push({ code: 'duplicateServiceId', path: `services.${si}.id`, message: t('duplicateServiceId', { id: s.id }), severity: 'error', source: 'format', serviceIndex: si });
    }
    serviceIds.add(s.id);
    // Missing texts come from the pack-wide language check below, which covers the forms too.
    for (const p of formProblems(s.form)) if (p.code !== 'missingTranslation') problems.push(fromForm(p, `services.${si}.form.`, 'form', lang, si));
    for (const p of formMappingProblems(s.form, content.projectData)) problems.push(fromForm(p, `services.${si}.form.`, 'form', lang, si));
    for (const p of validateWorkflow(s.workflow)) {
      if (p.code === 'missing_translation') continue;
      problems.push({ code: p.code, path: `services.${si}.workflow${p.path ? `.${p.path}` : ''}`, message: describeWorkflowProblem(p, lang), severity: p.severity, source: 'workflow', serviceIndex: si });
    }
  });
  if (content.projectData) for (const p of projectDataProblems(content.projectData)) problems.push(fromForm(p, 'projectData.', 'form', lang));
  content.assessments?.forEach((a, ai) => {
    for (const p of formProblems(a.form)) if (p.code !== 'missingTranslation') problems.push(fromForm(p, `assessments.${ai}.form.`, 'form', lang));
    // A question may carry its answer into the project started from the result, by the same mapping rules.
    for (const p of formMappingProblems(a.form, content.projectData)) problems.push(fromForm(p, `assessments.${ai}.form.`, 'form', lang));
  });
  // An assessment's rules and their texts (English too) must be whole before it is published.
  for (const p of catalog ? assessmentProblems(content, catalog) : []) {
    problems.push({
      code: p.code,
      path: p.path,
      message: describeAssessmentProblem(p, lang),
      severity: 'error',
      source: 'assessment',
      ...(p.lang ? { lang: p.lang } : {}),
      ...(p.elementId ? { elementId: p.elementId } : {}),
    });
  }
  for (const p of missingTranslations(content, LANGS)) problems.push(fromForm(p, '', 'translation', lang, serviceOf(p.path)));
  return problems;
}

/** What the publishing gate refuses. */
export function blockingProblems(problems: readonly PackProblem[]): PackProblem[] {
  return problems.filter((p) => p.severity === 'error');
}
