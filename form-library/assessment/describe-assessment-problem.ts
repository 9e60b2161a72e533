/** One sentence per assessment problem, in the reader's language (the designer's, or English for API clients): the pack catalog's `assessmentProblems`. */
import { localize } from '../format/localize';
import type { Lang } from '../format/types';
import type { AssessmentProblem } from './assessment-problems';
import { assessmentProblemTexts } from '../../i18n/catalogs/pack';
import { translator } from '../../i18n/translate';

export function describeAssessmentProblem(problem: AssessmentProblem, lang: Lang): string {
  const p = problem.params;
  const t = translator(assessmentProblemTexts, lang);
  const list = (ids: string[] | undefined) => (ids && ids.length > 0 ? ids.join(', ') : t('none'));
  return t(problem.code, {
    assessment: localize(p.assessment, lang),
    rule: p.rule ?? '',
    field: localize(p.fieldLabel, lang) || p.field || '',
    value: p.value ?? '',
    service: p.service ?? '',
    topic: p.topic ?? '',
    testCase: p.testCase ?? '',
    missing: list(p.missing),
    unexpected: list(p.unexpected),
    text: p.text ?? '',
    lang: problem.lang ?? '',
  });
}
