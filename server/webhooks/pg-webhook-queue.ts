/**
 * PostgreSQL's webhook queue: the part of the webhook repository that the case and submission
 * units of work write to on their transaction's client (see createSqliteWebhookQueue).
 */
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import { messageId } from './webhook-events';
import type { WebhookQueue } from './webhook-repository';

// One INSERT … SELECT per event: a row for each endpoint subscribed to its type, none without one.
const QUEUE = `INSERT INTO webhook_deliveries (endpoint_id, msg_id, event_type, submission_id, payload_json, status, attempts, next_attempt_at, created_at)
  SELECT e.id, $1, $2, $3, $4, 'pending', 0, CASE WHEN e.paused_at IS NULL THEN $5 END, $6
  FROM webhook_endpoints e
  WHERE e.authority_id = $7 AND e.events_json::jsonb ? $2`;

export function createPgWebhookQueue(db: PgQueryable): Promised<WebhookQueue> {
  return {
    async hasEndpoints(authorityId) {
      const { rowCount } = await db.query({ name: 'webhooks.any', text: 'SELECT 1 FROM webhook_endpoints WHERE authority_id = $1 LIMIT 1', values: [authorityId] });
      return (rowCount ?? 0) > 0;
    },
    async queue(authorityId, submissionId, events, at) {
      for (const payload of events) {
        await db.query({ name: 'webhooks.queue', text: QUEUE, values: [messageId(), payload.type, submissionId, JSON.stringify(payload), at, at, authorityId] });
      }
    },
    async withhold(submissionId) {
      await db.query(`DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT id FROM webhook_deliveries WHERE submission_id = $1 AND status = 'pending')`, [submissionId]);
      const { rowCount } = await db.query(`DELETE FROM webhook_deliveries WHERE submission_id = $1 AND status = 'pending'`, [submissionId]);
      return rowCount ?? 0;
    },
  };
}
