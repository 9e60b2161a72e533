/** The customer side of the assessment routes (server/API.md "Assessments"), typed. */
import type { AssessmentQuestions, AssessmentSummary, MyAssessmentResult } from '../../../api-contract';
import type { AssessmentResultView } from '../../../form-library/assessment/result-view';
import type { FormData, Lang } from '../../../form-library/format/types';
import { api } from '../../../ui/api/http';
import { loadSchemaCheck } from '../../form-renderer/precompiled-check';

export type { AssessmentQuestions, AssessmentResultView, AssessmentSummary, MyAssessmentResult };

const at = (pack: string, id: string) => `/api/assessments/${encodeURIComponent(pack)}/${encodeURIComponent(id)}`;

export const assessmentApi = {
  list: (lang: Lang, topic?: string) => api<AssessmentSummary[]>('GET', `/api/assessments?lang=${lang}${topic ? `&topic=${encodeURIComponent(topic)}` : ''}`),
  questions: (pack: string, id: string, lang: Lang) => api<AssessmentQuestions>('GET', `${at(pack, id)}?lang=${lang}`),
  /** The questions' check, precompiled by the server (the customer pages' CSP forbids compiling one). */
  check: (pack: string, id: string, version: number) => loadSchemaCheck(`${at(pack, id)}/validator.js?version=${version}`),
  answer: (body: { pack: string; assessment: string; version: number; municipality: string; answers: FormData; lang: Lang }) =>
    api<AssessmentResultView>('POST', `/api/assessment-results?lang=${body.lang}`, body),
  result: (resultId: string, lang: Lang) => api<AssessmentResultView>('GET', `/api/assessment-results/${encodeURIComponent(resultId)}?lang=${lang}`),
  mine: (lang: Lang) => api<MyAssessmentResult[]>('GET', `/api/my/assessment-results?lang=${lang}`),
  signedIn: () => api<{ email: string }>('GET', '/api/customer/me').then(() => true, () => false),
};
