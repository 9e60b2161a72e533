/** The customer side of the Kevyt API (server/API.md), typed. */
import type {
  ActingForState, Contact, CustomerActionAnswer, DecisionSchema, DeploymentForm, Done, IdentificationStatus, MySubmission, MySubmissionSummary, OfferedService, Offering, PrivacyNotice, Receipt,
  SupplementChanges, Topic,
} from '../../api-contract';
import type { FormData, Lang } from '../../form-library/format/types';
import { api } from '../../ui/api/http';
import { listTopics } from '../../ui/api/reference';
import type { MunicipalityOption } from '../form-renderer';
// The module itself, not the index: this file is loaded before the (lazy) form engine.
import { loadSchemaCheck } from '../form-renderer/precompiled-check';
import { deploymentCheckUrl, deploymentFormUrl } from '../../form-library/delivery/service-urls';

export type { ActingForState, Contact, DeploymentForm, IdentificationStatus, MySubmission, OfferedService, Offering, PrivacyNotice, SupplementChanges, Topic };
/** A decision as My submissions shows it. */
export type MyDecision = DecisionSchema;
/** The receipt of a send, as POST /api/submissions answers it. */
export type SubmitResult = Receipt;

export const customerApi = {
  municipalities: () => api<MunicipalityOption[]>('GET', '/api/municipalities'),
  topics: listTopics,
  offering: (municipality: string, lang: Lang, topic?: string) =>
    api<Offering>('GET', `/api/offering?municipality=${encodeURIComponent(municipality)}&lang=${lang}${topic ? `&topic=${encodeURIComponent(topic)}` : ''}`),
  /** The deployment's form; by `version` (the one it pins), an answer the browser keeps. */
  form: (deploymentId: string | number, lang: Lang, version?: number) => api<DeploymentForm>('GET', deploymentFormUrl(deploymentId, lang, version)),
  /** The form's submission check, precompiled (the customer pages' CSP forbids compiling one). */
  formCheck: (deploymentId: string | number, packVersion: number) => loadSchemaCheck(deploymentCheckUrl(deploymentId, packVersion)),
  submit: (body: { deploymentId: string | number; municipality: string; data: FormData; contact: Contact; lang: Lang; idempotencyKey: string }) =>
    api<SubmitResult>('POST', `/api/submissions?lang=${body.lang}`, body),
  requestCode: (email: string, lang: Lang) => api<{ sent: true; validMinutes: number }>('POST', '/api/customer/code', { email, lang }),
  signIn: (email: string, code: string) => api<{ email: string }>('POST', '/api/customer/session', { email, code }),
  signOut: () => api<unknown>('POST', '/api/customer/logout'),
  /** How this browser's customer is identified (strong identification: the person, to prefill their forms). */
  identification: () => api<IdentificationStatus>('GET', '/api/identification/me'),
  /** Starts strong identification: the provider's address to send the browser to. */
  startIdentification: (returnTo: string, lang: Lang) => api<{ authorizationUrl: string }>('POST', '/api/identification/start', { returnTo, lang }),
  /** Completes it with the query string the provider sent the browser back with. */
  completeIdentification: (query: string) =>
    api<{ returnTo: string; lang: Lang; givenName: string; familyName: string }>('POST', '/api/identification/complete', { query }),
  /** Signs out; for a strong identification also the provider's address that ends its session. */
  identificationLogout: (lang: Lang) => api<{ logoutUrl: string | null }>('POST', '/api/identification/logout', { lang }),
  /** Whom the strongly identified person acts for, and the companies they may act for. */
  actingFor: () => api<ActingForState>('GET', '/api/my/acting-for'),
  /** Acts for a company (its Y-tunnus) or, with null, for oneself. */
  chooseActingFor: (businessId: string | null) => api<ActingForState>('PUT', '/api/my/acting-for', { businessId }),
  mySubmissions: (lang: Lang) => api<MySubmissionSummary[]>('GET', `/api/my/submissions?lang=${lang}`),
  mySubmission: (id: number | string, lang: Lang) => api<MySubmission>('GET', `/api/my/submissions/${encodeURIComponent(String(id))}?lang=${lang}`),
  mySubmissionCheck: (id: number | string) => loadSchemaCheck(`/api/my/submissions/${encodeURIComponent(String(id))}/validator.js`),
  supplement: (id: number | string, body: { data?: FormData; message: string; lang: Lang }) =>
    api<CustomerActionAnswer>('POST', `/api/my/submissions/${encodeURIComponent(String(id))}/supplement?lang=${body.lang}`, body),
  previewSupplement: (id: number | string, body: { data: FormData; lang: Lang }) =>
    api<{ changes: SupplementChanges }>('POST', `/api/my/submissions/${encodeURIComponent(String(id))}/supplement/preview?lang=${body.lang}`, body),
  cancel: (id: number | string, reason?: string) => api<CustomerActionAnswer>('POST', `/api/my/submissions/${encodeURIComponent(String(id))}/cancel`, reason ? { reason } : {}),
  message: (id: number | string, body: string) => api<Done>('POST', `/api/my/submissions/${encodeURIComponent(String(id))}/messages`, { body }),
};

export function myAttachmentHref(id: string): string {
  return `/api/my/attachments/${encodeURIComponent(id)}`;
}
