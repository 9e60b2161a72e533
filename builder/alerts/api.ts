/** The admin outbox API (GET /api/admin/outbox, POST /api/admin/outbox/:id/retry; server/alerts/outbox-admin.ts). */
import { api } from '../../ui/api/http';

export const OUTBOX_STATES = ['pending', 'sent', 'failed', 'kept', 'withheld'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export interface OutboxItem {
  id: number;
  kind: string;
  audience: 'authority' | 'customer' | string;
  submissionId: number | null;
  reference: string | null;
  toEmail: string | null;
  subject: string;
  status: OutboxState | string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface OutboxPage {
  items: OutboxItem[];
  nextCursor: string | null;
  smtp: boolean;
}

export function listOutbox(status: OutboxState | null, cursor: string | null = null): Promise<OutboxPage> {
  const q = new URLSearchParams({ limit: '50' });
  if (status) q.set('status', status);
  if (cursor) q.set('cursor', cursor);
  return api<OutboxPage>('GET', `/api/admin/outbox?${q}`);
}

export const retryAlert = (id: number) => api<OutboxItem>('POST', `/api/admin/outbox/${id}/retry`);

export function isOutboxState(value: string | null): value is OutboxState {
  return value !== null && (OUTBOX_STATES as readonly string[]).includes(value);
}
