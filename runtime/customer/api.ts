/** The customer side of the Kevyt API (server/API.md), typed. */
import type { FormData, FormDefinition, Lang } from '../../form-library/format/types';
import { api } from '../../ui/api/http';
import type { AttachmentInfo, MunicipalityOption } from '../form-renderer';
// The module itself, not the index: this file is loaded before the (lazy) form engine.
import { loadSchemaCheck } from '../form-renderer/precompiled-check';
import { deploymentCheckUrl, deploymentFormUrl } from '../../form-library/delivery/service-urls';

export interface Topic {
  id: string;
  name: Record<Lang, string>;
}

export interface OfferedService {
  deploymentId: string | number;
  serviceId: string;
  packSlug: string;
  packVersion: number;
  kind: 'application' | 'notification';
  name: string;
  description: string;
  topics: string[];
  authority: { id: string; name: string };
}

export interface Offering {
  municipality: { code: string; fi: string; sv: string };
  services: OfferedService[];
}

export interface DeploymentForm {
  deploymentId: string | number;
  service: { id: string; kind: 'application' | 'notification'; name: string; description: string };
  authority: { id: string; name: string };
  packVersion: number;
  definition: FormDefinition;
}

/** Contact details as typed in the contact step; form-library/contact checks and normalises them (phone null: none). */
export interface Contact {
  name: string;
  email: string;
  phone?: string | null;
}

export interface SubmitResult {
  id: string;
  reference: string;
  status: string | { id: string; label: string };
  authority: { id: string; name: string };
  submittedAt: string;
}

export interface StatusRef {
  id: string;
  label: string;
}

export interface MySubmissionListItem {
  id: string;
  reference: string;
  service: { name: string };
  authority: { name: string };
  status: StatusRef;
  submittedAt: string;
  updatedAt: string;
}

export interface MySubmission {
  id: string;
  reference: string;
  service: { name: string; kind?: string };
  authority: { name: string };
  packVersion: number;
  data: FormData;
  definition: FormDefinition;
  status: StatusRef;
  history: Array<{ at: string; status: StatusRef; comment?: string }>;
  messages: Array<{ at: string; from: 'authority' | 'customer'; body: string }>;
  attachments: AttachmentInfo[];
  actions: Array<{ event: string; label: string }>;
  submittedAt?: string;
}

export const customerApi = {
  municipalities: () => api<MunicipalityOption[]>('GET', '/api/municipalities'),
  topics: () => api<Topic[]>('GET', '/api/topics'),
  offering: (municipality: string, lang: Lang, topic?: string) =>
    api<Offering>('GET', `/api/offering?municipality=${encodeURIComponent(municipality)}&lang=${lang}${topic ? `&topic=${encodeURIComponent(topic)}` : ''}`),
  /** The deployment's form; by `version` (the one it pins), an answer the browser keeps. */
  form: (deploymentId: string | number, lang: Lang, version?: number) => api<DeploymentForm>('GET', deploymentFormUrl(deploymentId, lang, version)),
  /** The form's submission check, precompiled (the customer pages' CSP forbids compiling one). */
  formCheck: (deploymentId: string | number, packVersion: number) => loadSchemaCheck(deploymentCheckUrl(deploymentId, packVersion)),
  submit: (body: { deploymentId: string | number; municipality: string; data: FormData; contact: Contact; lang: Lang; idempotencyKey: string }) =>
    api<SubmitResult>('POST', `/api/submissions?lang=${body.lang}`, body),
  requestCode: (email: string, lang: Lang) => api<unknown>('POST', '/api/customer/code', { email, lang }),
  signIn: (email: string, code: string) => api<unknown>('POST', '/api/customer/session', { email, code }),
  signOut: () => api<unknown>('POST', '/api/customer/logout'),
  mySubmissions: (lang: Lang) => api<MySubmissionListItem[]>('GET', `/api/my/submissions?lang=${lang}`),
  mySubmission: (id: string, lang: Lang) => api<MySubmission>('GET', `/api/my/submissions/${encodeURIComponent(id)}?lang=${lang}`),
  mySubmissionCheck: (id: string) => loadSchemaCheck(`/api/my/submissions/${encodeURIComponent(id)}/validator.js`),
  supplement: (id: string, body: { data?: FormData; message: string; lang: Lang }) =>
    api<unknown>('POST', `/api/my/submissions/${encodeURIComponent(id)}/supplement?lang=${body.lang}`, body),
  cancel: (id: string, reason?: string) => api<unknown>('POST', `/api/my/submissions/${encodeURIComponent(id)}/cancel`, reason ? { reason } : {}),
  message: (id: string, body: string) => api<unknown>('POST', `/api/my/submissions/${encodeURIComponent(id)}/messages`, { body }),
};

export function myAttachmentHref(id: string): string {
  return `/api/my/attachments/${encodeURIComponent(id)}`;
}
