/** The admin outbox API (GET /api/admin/outbox, POST /api/admin/outbox/:id/retry; server/alerts/outbox-admin.ts). */
import type { OutboxItem, OutboxPage } from '../../api-contract';
import { OUTBOX_STATES, type OutboxState } from '../../api-contract/outbox-states';
import { api } from '../../ui/api/http';

export { OUTBOX_STATES, type OutboxState } from '../../api-contract/outbox-states';
export type { OutboxItem, OutboxPage };

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
