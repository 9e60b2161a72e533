/** Webhook endpoints and deliveries as both databases read them (quoted aliases keep their case on PostgreSQL). */
import type { WebhookEventType } from './webhook-events';
import type { WebhookEndpointRow } from './webhook-repository';

export type EndpointRecord = Omit<WebhookEndpointRow, 'events'> & { eventsJson: string };

export const ENDPOINT = `id, authority_id AS "authorityId", url, description, events_json AS "eventsJson", secret_sealed AS "secretSealed",
  previous_secret_sealed AS "previousSecretSealed", previous_secret_expires_at AS "previousSecretExpiresAt", paused_at AS "pausedAt",
  consecutive_failures AS "consecutiveFailures", failing_since AS "failingSince", created_at AS "createdAt", updated_at AS "updatedAt"`;

export const DELIVERY = `d.id, d.endpoint_id AS "endpointId", d.msg_id AS "msgId", d.event_type AS "eventType", d.submission_id AS "submissionId",
  s.reference, d.status, d.attempts, d.next_attempt_at AS "nextAttemptAt", d.created_at AS "createdAt", d.delivered_at AS "deliveredAt"`;

export const DUE_DELIVERY = `d.id, d.endpoint_id AS "endpointId", d.msg_id AS "msgId", d.payload_json AS "payloadJson", d.attempts, d.next_attempt_at AS "nextAttemptAt",
  e.url, e.secret_sealed AS "secretSealed", e.previous_secret_sealed AS "previousSecretSealed", e.previous_secret_expires_at AS "previousSecretExpiresAt"`;

export const ATTEMPT = 'delivery_id AS "deliveryId", at, status_code AS "statusCode", error, duration_ms AS "durationMs"';

export const ENDPOINT_FAILURES = 'id, authority_id AS "authorityId", url, consecutive_failures AS "consecutiveFailures", failing_since AS "failingSince"';

export function endpointOf(r: EndpointRecord): WebhookEndpointRow {
  const { eventsJson, ...rest } = r;
  return { ...rest, events: JSON.parse(eventsJson) as WebhookEventType[] };
}
