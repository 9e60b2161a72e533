/**
 * The handler desk's view of the API (server/API.md, "Handler desk"): typed calls over ui/api's
 * `api()`, so components never build URLs or guess shapes themselves.
 */
import type {
  AssignAnswer,
  CaseDetail,
  Colleague,
  DeskAlertList,
  DeskService,
  Done,
  InboxPage,
  InboxQuery as ContractInboxQuery,
  SpamAnswer,
  StaffMe,
  TransitionAnswer,
} from '../../../api-contract';
import type { Lang } from '../../../form-library/format/types';
import { api, postMultipart } from '../../../ui/api/http';
import { localize } from '../../../form-library/format/localize';

/** The authority's name in the handler's language. */
export function authorityName(me: StaffMe, lang: Lang): string {
  const name = me.authority?.name;
  return name ? localize(name, lang) : '';
}

/** The inbox's filters, sort and paging as the desk sends them (the contract's InboxQuery without `lang`). */
export type InboxQuery = Omit<ContractInboxQuery, 'lang'>;

export type { AppealInstructions, DecisionSchema as CaseDecision, SupplementChanges } from '../../../api-contract';

export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

export const deskApi = {
  me: () => api<StaffMe>('GET', '/api/auth/me'),
  login: (email: string, password: string) => api<StaffMe>('POST', '/api/auth/login', { email, password }),
  /** Ends the session; after a single sign-on, `logoutUrl` ends the organisation provider's session too. */
  logout: (lang: Lang) => api<{ logoutUrl: string | null } | undefined>('POST', '/api/auth/logout', { lang, app: 'desk' }),
  inbox: (q: InboxQuery, lang: Lang) => api<InboxPage>('GET', `/api/inbox${queryString({ ...q, lang })}`),
  inboxCsvHref: (q: InboxQuery, lang: Lang) => `/api/inbox/export.csv${queryString({ ...q, cursor: undefined, limit: undefined, lang })}`,
  case: (id: number | string, lang: Lang) => api<CaseDetail>('GET', `/api/cases/${id}${queryString({ lang })}`),
  casePdfHref: (id: number | string, lang: Lang) => `/api/cases/${id}/export.pdf${queryString({ lang })}`,
  attachmentHref: (caseId: number | string, attachmentId: string) => `/api/cases/${caseId}/attachments/${encodeURIComponent(attachmentId)}`,
  transition: (id: number, event: string, comment?: string, replyBy?: string) =>
    api<TransitionAnswer>('POST', `/api/cases/${id}/transitions`, { event, ...(comment ? { comment } : {}), ...(replyBy ? { replyBy } : {}) }),
  /** The decision step with its document: the written decision, a PDF, or both. */
  decide: (id: number, event: string, text: string, file: File | null) =>
    postMultipart<TransitionAnswer>(`/api/cases/${id}/decision`, { event, ...(text ? { text } : {}) }, file),
  note: (id: number, body: string) => api<Done>('POST', `/api/cases/${id}/notes`, { body }),
  message: (id: number, body: string) => api<Done>('POST', `/api/cases/${id}/messages`, { body }),
  assign: (id: number, userId: number | null) => api<AssignAnswer>('POST', `/api/cases/${id}/assign`, { userId }),
  removeAsSpam: (id: number) => api<SpamAnswer>('POST', `/api/cases/${id}/spam`, {}),
  colleagues: () => api<Colleague[]>('GET', '/api/desk/colleagues'),
  services: (lang: Lang) => api<DeskService[]>('GET', `/api/desk/services${queryString({ lang })}`),
  alerts: (lang: Lang) => api<DeskAlertList>('GET', `/api/desk/alerts${queryString({ lang })}`),
  markAlertRead: (id: number) => api<{ id: number; readAt: string }>('POST', `/api/desk/alerts/${id}/read`),
};
