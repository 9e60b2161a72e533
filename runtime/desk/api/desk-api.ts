/**
 * The handler desk's view of the API (server/API.md, "Handler desk"): typed calls over ui/api's
 * `api()`, so components never build URLs or guess shapes themselves.
 */
import { api } from '../../../ui/api/http';
import type { FormData, FormDefinition, Lang } from '../../../form-library/format/types';
import { localize } from '../../../form-library/format/localize';

export interface StaffMe {
  id: number;
  email: string;
  name: string;
  role: string;
  /** The server gives the name in all three languages; older shapes gave one string. */
  authority: { id: string; name: string | Partial<Record<Lang, string>> } | null;
}

/** The authority's name in the handler's language. */
export function authorityName(me: StaffMe, lang: Lang): string {
  const name = me.authority?.name;
  if (!name) return '';
  return typeof name === 'string' ? name : localize(name, lang);
}

export interface InboxItem {
  id: number;
  reference: string;
  service: { id: string; name: string };
  customerName: string;
  municipality: string;
  status: { id: string; label: string };
  submittedAt: string;
  statusSince: string;
  assignee: { id: number; name: string } | null;
  unread: boolean;
}

export interface InboxPage {
  items: InboxItem[];
  nextCursor: string | null;
  counts: Record<string, number>;
  /** False when free text matched too many cases to count; the counts are then lower bounds. */
  countsExact?: boolean;
}

/** A service the handler's authority has deployed (GET /api/desk/services). */
export interface DeskService {
  id: string;
  name: string;
  pack: { slug: string; version: number };
  active: boolean;
}

export interface CaseAttachment {
  id: string;
  name: string;
  size: number;
  type: string;
}

export interface HistoryEntry {
  at: string;
  /** Who acted: a handler's name, or the customer / system. */
  by: string | { id?: number; name: string; kind?: string } | null;
  kind: 'submitted' | 'status' | 'note' | 'message' | 'supplement' | 'assignment';
  from?: { id: string; label: string } | string | null;
  to?: { id: string; label: string } | string | null;
  status?: { id: string; label: string };
  comment?: string | null;
  body?: string | null;
  direction?: 'in' | 'out';
  actor?: 'customer' | 'handler' | 'system';
  assignee?: { id: number; name: string } | null;
}

export interface CaseTransition {
  event: string;
  label: string;
  to: string | { id: string; label: string };
  commentRequired: boolean;
  customerAlert: string | null;
}

export interface CaseDetail {
  id: number;
  reference: string;
  service: { id: string; name: string };
  authority: { id: string; name: string };
  municipality: string | { code: string; name: string };
  customer?: { name: string; email: string; phone?: string | null };
  contact?: { name: string; email: string; phone?: string | null };
  customerName?: string;
  packVersion: number;
  /** The form pack the submission was made with; older servers sent only the version. */
  pack?: { id: number; slug: string; name: string; version: number };
  status: { id: string; label: string };
  submittedAt: string;
  statusSince?: string;
  assignee: { id: number; name: string } | null;
  data: FormData;
  definition: FormDefinition;
  attachments: CaseAttachment[];
  history: HistoryEntry[];
  transitions: CaseTransition[];
}

export interface Colleague {
  id: number;
  name: string;
  role: string;
}

export interface DeskAlert {
  id: number;
  kind: string;
  submissionId: number | null;
  reference?: string | null;
  subject: string;
  body?: string;
  createdAt: string;
  readAt: string | null;
}

export interface AlertList {
  items: DeskAlert[];
  unread: number;
  /** The server counts unread alerts up to a cap; then the badge shows "999+". */
  counts?: { unread: number; unreadCapped?: boolean };
}

export interface InboxQuery {
  status?: string;
  service?: string;
  municipality?: string;
  q?: string;
  from?: string;
  to?: string;
  assigned?: 'me';
  /** The API's sort, e.g. `customer` or `-received` (server/API.md). */
  sort?: string;
  cursor?: string;
  limit?: number;
}

export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

export const deskApi = {
  me: () => api<StaffMe>('GET', '/api/auth/me'),
  login: (email: string, password: string) => api<StaffMe>('POST', '/api/auth/login', { email, password }),
  logout: () => api<void>('POST', '/api/auth/logout'),
  inbox: (q: InboxQuery, lang: Lang) => api<InboxPage>('GET', `/api/inbox${queryString({ ...q, lang })}`),
  inboxCsvHref: (q: InboxQuery, lang: Lang) => `/api/inbox/export.csv${queryString({ ...q, cursor: undefined, limit: undefined, lang })}`,
  case: (id: number | string, lang: Lang) => api<CaseDetail>('GET', `/api/cases/${id}${queryString({ lang })}`),
  casePdfHref: (id: number | string, lang: Lang) => `/api/cases/${id}/export.pdf${queryString({ lang })}`,
  attachmentHref: (caseId: number | string, attachmentId: string) => `/api/cases/${caseId}/attachments/${encodeURIComponent(attachmentId)}`,
  transition: (id: number, event: string, comment?: string) =>
    api<{ status: unknown }>('POST', `/api/cases/${id}/transitions`, comment ? { event, comment } : { event }),
  note: (id: number, body: string) => api<unknown>('POST', `/api/cases/${id}/notes`, { body }),
  message: (id: number, body: string) => api<unknown>('POST', `/api/cases/${id}/messages`, { body }),
  assign: (id: number, userId: number | null) => api<unknown>('POST', `/api/cases/${id}/assign`, { userId }),
  removeAsSpam: (id: number) => api<{ id: number; reference: string; removed: boolean }>('POST', `/api/cases/${id}/spam`, {}),
  colleagues: () => api<Colleague[]>('GET', '/api/desk/colleagues'),
  services: (lang: Lang) => api<DeskService[]>('GET', `/api/desk/services${queryString({ lang })}`),
  alerts: (lang: Lang) => api<AlertList | DeskAlert[]>('GET', `/api/desk/alerts${queryString({ lang })}`),
  markAlertRead: (id: number) => api<unknown>('POST', `/api/desk/alerts/${id}/read`),
};

/** Accepts the alert list as an object with counts or as a bare array (the contract is still settling). */
export function normaliseAlerts(body: AlertList | DeskAlert[]): AlertList {
  if (Array.isArray(body)) return { items: body, unread: body.filter((a) => !a.readAt).length };
  return body;
}
