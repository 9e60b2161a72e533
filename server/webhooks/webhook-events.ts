/**
 * Which webhook events a case's history gives: the one place where a history row (case_events)
 * becomes `case.submitted`, `case.status_changed`, … and its payload. The case and submission
 * repositories call it as they write each row, in the same transaction, so an event is queued
 * exactly when its change is committed. The payload is thin (Standard Webhooks' advice): the
 * case's id, reference and status; the receiver reads the rest with its API key. Never answers,
 * message texts, contact details or a henkilötunnus.
 */
import { randomUUID } from 'node:crypto';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../../api-contract/webhook-event-types';
import type { WebhookPayload } from '../../api-contract/webhooks';
import { CANCEL_EVENT } from '../../workflows/machine/case-steps';

export { WEBHOOK_EVENT_TYPES, type WebhookEventType, type WebhookPayload };

/** A Standard Webhooks message id: the same for every endpoint and every retry of one event. */
export function messageId(): string {
  return `msg_${randomUUID().replaceAll('-', '')}`;
}

/** What of a history row the mapping reads. */
export interface CaseHistoryFact {
  kind: 'submitted' | 'status' | 'note' | 'message' | 'supplement' | 'assignment';
  actorKind: 'customer' | 'handler' | 'system' | 'apiKey';
  event: string | null;
  fromStatus: string | null;
  toStatus: string | null;
}

/**
 * The webhook event types of one history row. Every status step is `case.status_changed`; a
 * customer's cancellation is `case.cancelled` as well. A supplement writes a status row (its
 * SUPPLEMENT step) and a supplement row, so it gives `case.status_changed` and `case.supplemented`.
 * Only the customer's messages are `message.received`; notes and assignments give none.
 */
export function webhookEventTypesOf(row: CaseHistoryFact): WebhookEventType[] {
  switch (row.kind) {
    case 'submitted':
      return ['case.submitted'];
    case 'status':
      return row.event === CANCEL_EVENT ? ['case.status_changed', 'case.cancelled'] : ['case.status_changed'];
    case 'supplement':
      return ['case.supplemented'];
    case 'message':
      return row.actorKind === 'customer' ? ['message.received'] : [];
    case 'note':
    case 'assignment':
      return [];
  }
}

/** The case as the payload names it, as it stands after the change. */
export interface CaseFacts {
  id: number;
  reference: string;
  status: string;
}

/** The body every endpoint subscribed to `type` gets for this row. */
export function webhookPayload(type: WebhookEventType, row: CaseHistoryFact, facts: CaseFacts, at: string): WebhookPayload {
  const status = row.kind === 'status' || row.kind === 'submitted' ? (row.toStatus ?? facts.status) : facts.status;
  const step = row.kind === 'status' && row.fromStatus !== null && row.event !== null ? { previousStatus: row.fromStatus, event: row.event } : {};
  return { type, timestamp: at, data: { caseId: facts.id, reference: facts.reference, status, ...step } };
}

/** Every event of a history row with its payload, for the repository to queue. */
export function webhookEventsOf(row: CaseHistoryFact, facts: CaseFacts, at: string): WebhookPayload[] {
  return webhookEventTypesOf(row).map((type) => webhookPayload(type, row, facts, at));
}
