/**
 * What stops a pack draft from being published: the format schema, each service's form checks
 * (form-library `formProblems`) and workflow validator, and the language gate (every
 * customer-facing text in Finnish and Swedish, form-library `missingTranslations`). Problems carry
 * dotted paths into the pack content, their code, and a message in the requested language, worded
 * by form-library and workflows (the same sentences the designer shows), English for API clients.
 */
import { assessmentProblems, describeAssessmentProblem, type AssessmentCatalog } from '../../form-library/assessment';
import { validatePackContent } from '../../form-library/format/pack-schema';
import type { Lang } from '../../form-library/format/types';
import { describeFormProblem, formProblems, missingTranslations, type FormProblem } from '../../form-library/problems';
import { validateWorkflow } from '../../workflows/validation/validate-workflow';
import { describeWorkflowProblem } from '../../workflows/validation/workflow-problem';
import type { FieldProblem } from '../http/errors';
import { packMessage } from './pack-messages';
import type { PROBLEM_SOURCES } from '../../api-contract/packs';

export const PUBLISH_LANGS: readonly Lang[] = ['fi', 'sv'];

export interface PublishProblem extends FieldProblem {
  /** Problem code of form-library (FormProblemCode, AssessmentProblemCode) or workflows (WorkflowProblemCode), or 'format'. */
  code: string;
  source: (typeof PROBLEM_SOURCES)[number];
  lang?: Lang;
  elementId?: string;
}

function fromFormProblem(p: FormProblem, prefix: string, source: PublishProblem['source'], lang: Lang): PublishProblem {
  const base = prefix + p.path;
  return {
    path: p.code === 'missingTranslation' && p.lang ? `${base}.${p.lang}` : base,
    message: describeFormProblem(p, lang),
    code: p.code,
    source,
    ...(p.lang ? { lang: p.lang } : {}),
    ...(p.elementId ? { elementId: p.elementId } : {}),
  };
}

/**
 * Messages in `lang`: the staff member's language, or English for API clients. `catalog` answers
 * what an assessment's rules may name outside the pack: published services and the topics.
 */
export function publishProblems(content: unknown, catalog: AssessmentCatalog, lang: Lang = 'en'): PublishProblem[] {
  const checked = validatePackContent(content, lang);
  if (!checked.ok) return checked.errors.map((e) => ({ ...e, code: 'format', source: 'format' }));
  const pack = checked.content;
  const problems: PublishProblem[] = [];
  if (pack.services.length === 0 && !pack.assessments?.length) problems.push({ path: 'services', message: packMessage('noServices', lang), code: 'noServices', source: 'format' });
  const serviceIds = new Set<string>();
  pack.services.forEach((s, si) => {
    if (serviceIds.has(s.id)) problems.push({ path: `services.${si}.id`, message: packMessage('duplicateServiceId', lang, { id: s.id }), code: 'duplicateServiceId', source: 'format' });
    serviceIds.add(s.id);
    for (const p of formProblems(s.form)) if (p.code !== 'missingTranslation') problems.push(fromFormProblem(p, `services.${si}.form.`, 'form', lang));
    for (const p of validateWorkflow(s.workflow)) {
      if (p.severity === 'error' && p.code !== 'missing_translation')
        problems.push({ path: `services.${si}.workflow${p.path ? `.${p.path}` : ''}`, message: describeWorkflowProblem(p, lang), code: p.code, source: 'workflow' });
    }
  });
  pack.assessments?.forEach((a, ai) => {
    for (const p of formProblems(a.form)) if (p.code !== 'missingTranslation') problems.push(fromFormProblem(p, `assessments.${ai}.form.`, 'form', lang));
  });
  for (const p of assessmentProblems(pack, catalog)) {
    problems.push({
      path: p.path,
      message: describeAssessmentProblem(p, lang),
      code: p.code,
      source: 'assessment',
      ...(p.lang ? { lang: p.lang } : {}),
      ...(p.elementId ? { elementId: p.elementId } : {}),
    });
  }
  for (const p of missingTranslations(pack, PUBLISH_LANGS)) problems.push(fromFormProblem(p, '', 'translation', lang));
  const seen = new Set<string>();
  return problems.filter((p) => (seen.has(p.path + p.code) ? false : (seen.add(p.path + p.code), true)));
}
