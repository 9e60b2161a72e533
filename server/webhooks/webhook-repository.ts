/**
 * Where webhooks are kept: an authority's endpoints, the deliveries queued for them (one per
 * endpoint and event, written in the transaction of the case change, see webhook-events.ts) and
 * every attempt of each. Implemented in SQLite by sqlite-webhook-repository.ts.
 */
import type { OutboxInsert } from '../alerts/outbox-repository';
import type { AuditRecord } from '../audit/audit-repository';
import type { FailureRecord } from './delivery-schedule';
import type { WebhookEventType, WebhookPayload } from './webhook-events';

export interface WebhookEndpointRow {
  id: number;
  authorityId: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  secretSealed: string;
  previousSecretSealed: string | null;
  previousSecretExpiresAt: string | null;
  pausedAt: string | null;
  consecutiveFailures: number;
  failingSince: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NewWebhookEndpoint {
  authorityId: string;
  url: string;
  description: string;
  events: readonly WebhookEventType[];
  secretSealed: string;
  at: string;
}

export interface EndpointChanges {
  url?: string;
  description?: string;
  events?: readonly WebhookEventType[];
}

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

export interface WebhookDeliveryRow {
  id: number;
  endpointId: number;
  msgId: string;
  eventType: string;
  submissionId: number | null;
  /** The case's reference, or null when the case is gone. */
  reference: string | null;
  status: WebhookDeliveryStatus;
  attempts: number;
  /** Null for a pending delivery held while its endpoint is paused. */
  nextAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface WebhookAttempt {
  at: string;
  /** The receiver's HTTP status, or null when no answer came (then `error` says why). */
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

export interface WebhookAttemptRow extends WebhookAttempt {
  deliveryId: number;
}

/** A delivery due now, with what the loop needs to send it. */
export interface DueDelivery {
  id: number;
  endpointId: number;
  msgId: string;
  payloadJson: string;
  attempts: number;
  nextAttemptAt: string;
  url: string;
  secretSealed: string;
  previousSecretSealed: string | null;
  previousSecretExpiresAt: string | null;
}

/** What pausing an endpoint writes: the admins' alert and the audit row. */
export interface PauseWrite {
  alerts: OutboxInsert[];
  audit: AuditRecord;
}

/** The endpoint as a failed delivery leaves it, for the pause rule (delivery-schedule.ts). */
export type EndpointFailures = FailureRecord & { id: number; authorityId: string; url: string };

export type FailureOutcome = { kind: 'retry'; nextAttemptAt: string } | { kind: 'failed' };

export interface WebhookQueue {
  /** Whether the authority has any endpoint (a send asks before it builds a payload). */
  hasEndpoints(authorityId: string): Promise<boolean>;
  /** Queues each event for every endpoint of the authority subscribed to its type; a paused endpoint's wait held. */
  queue(authorityId: string, submissionId: number | null, events: readonly WebhookPayload[], at: string): Promise<void>;
  /** Drops a case's deliveries not yet delivered (it was removed as spam); how many. */
  withhold(submissionId: number): Promise<number>;
}

export interface WebhookRepository extends WebhookQueue {
  /** The authority's endpoints, newest first. */
  list(authorityId: string): Promise<WebhookEndpointRow[]>;
  /** One endpoint of the authority, or undefined (also for another authority's). */
  byId(id: number, authorityId: string): Promise<WebhookEndpointRow | undefined>;
  /** Keeps a new endpoint and its audit row in one unit of work; its id. */
  create(endpoint: NewWebhookEndpoint, audit: (id: number) => AuditRecord): Promise<number>;
  /** False when the authority has no such endpoint. */
  update(id: number, authorityId: string, changes: EndpointChanges, at: string, audit: AuditRecord): Promise<boolean>;
  /** Removes the endpoint with its deliveries and their attempts. */
  remove(id: number, authorityId: string, audit: AuditRecord): Promise<boolean>;
  /** A new secret; the one it replaces keeps signing until `previousExpiresAt`. */
  rotateSecret(id: number, authorityId: string, secrets: { secretSealed: string; previousSecretSealed: string; previousExpiresAt: string }, at: string, audit: AuditRecord): Promise<boolean>;
  /** Active again: its failure count starts over and its held deliveries are due at `at`. False unless paused. */
  resume(id: number, authorityId: string, at: string, audit: AuditRecord): Promise<boolean>;
  /** The endpoint's newest deliveries, at most `limit`, optionally of one status. */
  deliveries(endpointId: number, status: WebhookDeliveryStatus | null, limit: number): Promise<WebhookDeliveryRow[]>;
  /** One delivery of the endpoint, or undefined. */
  delivery(endpointId: number, deliveryId: number): Promise<WebhookDeliveryRow | undefined>;
  /** Every attempt of these deliveries, oldest first. */
  attemptsOf(deliveryIds: readonly number[]): Promise<WebhookAttemptRow[]>;
  /** Sends a delivered or failed delivery again as a new round (due at `at`, or held while paused); false for a pending one. */
  redeliver(endpointId: number, deliveryId: number, at: string, audit: AuditRecord): Promise<boolean>;
  /** Every failed delivery of the endpoint again; how many. */
  redeliverFailed(endpointId: number, at: string, audit: (count: number) => AuditRecord): Promise<number>;
  /** Deliveries due at `at` to active endpoints, soonest first. */
  due(at: string, limit: number): Promise<DueDelivery[]>;
  /**
   * Takes a due delivery for one attempt: moves its next attempt to `leaseUntil` (when another
   * loop may take it, should this one die) only if it is still as `due` read it. False: taken.
   */
  claim(delivery: Pick<DueDelivery, 'id' | 'nextAttemptAt'>, leaseUntil: string): Promise<boolean>;
  /** The attempt succeeded: delivered, and the endpoint's failures are forgotten (nothing when the delivery was withheld meanwhile). */
  recordSuccess(delivery: Pick<DueDelivery, 'id' | 'endpointId'>, attempt: WebhookAttempt): Promise<void>;
  /**
   * The attempt failed: retried later or failed for good. When it failed for good, the endpoint's
   * failures are counted and `pauseIf` decides, inside the same unit of work, whether it is paused
   * (and writes its alert and audit row). Whether it was paused.
   */
  recordFailure(delivery: Pick<DueDelivery, 'id' | 'endpointId'>, attempt: WebhookAttempt, outcome: FailureOutcome, pauseIf: (endpoint: EndpointFailures) => PauseWrite | null): Promise<boolean>;
}
