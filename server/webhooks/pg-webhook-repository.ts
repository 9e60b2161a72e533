/**
 * Webhook endpoints, deliveries and attempts in PostgreSQL, answering as sqlite-webhook-repository.ts
 * does. A delivery is taken for an attempt by a conditional UPDATE, so that of two instances' loops
 * reading the same due row only one sends it.
 */
import type pg from 'pg';
import { createPgOutboxWriter } from '../alerts/pg-outbox-writer';
import { createPgAuditRepository } from '../audit/pg-audit-repository';
import type { Promised } from '../db/promised';
import { inTransaction, type PgQueryable } from '../db/postgres/transaction';
import type { DueDelivery, EndpointFailures, WebhookAttempt, WebhookAttemptRow, WebhookDeliveryRow, WebhookQueue, WebhookRepository } from './webhook-repository';
import { ATTEMPT, DELIVERY, DUE_DELIVERY, ENDPOINT, ENDPOINT_FAILURES, endpointOf, type EndpointRecord } from './webhook-rows';
import { messageId } from './webhook-events';

const QUEUE = `INSERT INTO webhook_deliveries (endpoint_id, msg_id, event_type, submission_id, payload_json, status, attempts, next_attempt_at, created_at)
  SELECT e.id, $1::text, $2::text, $3::bigint, $4::text, 'pending', 0, CASE WHEN e.paused_at IS NULL THEN $5::text END, $5::text
  FROM webhook_endpoints e WHERE e.authority_id = $6 AND e.events_json::jsonb ? $2`;

// One statement: the attempts go with their deliveries (the key is checked at its end).
const WITHHOLD = `WITH gone AS (DELETE FROM webhook_deliveries WHERE submission_id = $1 AND status = 'pending' RETURNING id),
  attempts AS (DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT id FROM gone))
  SELECT count(*) AS n FROM gone`;

/** The queue the case and submission repositories write to on their unit of work's client. */
export function createPgWebhookQueue(db: PgQueryable): Promised<WebhookQueue> {
  return {
    async withhold(submissionId) {
      return (await db.query<{ n: number }>({ name: 'webhooks.withhold', text: WITHHOLD, values: [submissionId] })).rows[0]?.n ?? 0;
    },
    async hasEndpoints(authorityId) {
      const text = 'SELECT 1 FROM webhook_endpoints WHERE authority_id = $1 LIMIT 1';
      return ((await db.query({ name: 'webhooks.hasEndpoints', text, values: [authorityId] })).rowCount ?? 0) > 0;
    },
    async queue(authorityId, submissionId, events, at) {
      for (const payload of events) {
        await db.query({ name: 'webhooks.queue', text: QUEUE, values: [messageId(), payload.type, submissionId, JSON.stringify(payload), at, authorityId] });
      }
    },
  };
}

// A new round: due now, or held (NULL) while the endpoint is paused.
const AGAIN = `UPDATE webhook_deliveries SET status = 'pending', attempts = 0, delivered_at = NULL,
  next_attempt_at = (SELECT CASE WHEN e.paused_at IS NULL THEN $1::text END FROM webhook_endpoints e WHERE e.id = webhook_deliveries.endpoint_id)`;

async function insertAttempt(db: PgQueryable, deliveryId: number, a: WebhookAttempt): Promise<void> {
  const text = 'INSERT INTO webhook_attempts (delivery_id, at, status_code, error, duration_ms) VALUES ($1, $2, $3, $4, $5)';
  await db.query({ name: 'webhooks.insertAttempt', text, values: [deliveryId, a.at, a.statusCode, a.error, a.durationMs] });
}

/**
 * A delivery still there, locked for this unit of work (one withheld while its attempt was under
 * way, its case removed as spam, records nothing).
 */
async function lockDelivery(db: PgQueryable, id: number): Promise<boolean> {
  return ((await db.query({ name: 'webhooks.lockDelivery', text: 'SELECT 1 FROM webhook_deliveries WHERE id = $1 FOR UPDATE', values: [id] })).rowCount ?? 0) > 0;
}

const changed = (result: pg.QueryResult): boolean => result.rowCount === 1;

export function createPgWebhookRepository(pool: pg.Pool): Promised<WebhookRepository> {
  /** Runs a change and its audit row as one unit of work; the audit row only when the change found its row. */
  const audited = <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => inTransaction(pool, work);
  return {
    ...createPgWebhookQueue(pool),
    async list(authorityId) {
      const text = `SELECT ${ENDPOINT} FROM webhook_endpoints WHERE authority_id = $1 ORDER BY id DESC`;
      return (await pool.query<EndpointRecord>({ name: 'webhooks.list', text, values: [authorityId] })).rows.map(endpointOf);
    },
    async byId(id, authorityId) {
      const text = `SELECT ${ENDPOINT} FROM webhook_endpoints WHERE id = $1 AND authority_id = $2`;
      const row = (await pool.query<EndpointRecord>({ name: 'webhooks.byId', text, values: [id, authorityId] })).rows[0];
      return row && endpointOf(row);
    },
    create: (e, record) =>
      audited(async (client) => {
        const text = `INSERT INTO webhook_endpoints (authority_id, url, description, events_json, secret_sealed, created_at, updated_at)
          VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`;
        const id = (await client.query<{ id: number }>({ name: 'webhooks.create', text, values: [e.authorityId, e.url, e.description, JSON.stringify(e.events), e.secretSealed, e.at] })).rows[0].id;
        await createPgAuditRepository(client).write(record(id));
        return id;
      }),
    update: (id, authorityId, c, at, record) =>
      audited(async (client) => {
        const text = `UPDATE webhook_endpoints SET url = coalesce($1, url), description = coalesce($2, description), events_json = coalesce($3, events_json), updated_at = $4
          WHERE id = $5 AND authority_id = $6`;
        if (!changed(await client.query({ name: 'webhooks.update', text, values: [c.url ?? null, c.description ?? null, c.events ? JSON.stringify(c.events) : null, at, id, authorityId] }))) return false;
        await createPgAuditRepository(client).write(record);
        return true;
      }),
    remove: (id, authorityId, record) =>
      audited(async (client) => {
        const found = await client.query({ name: 'webhooks.lockEndpoint', text: 'SELECT 1 FROM webhook_endpoints WHERE id = $1 AND authority_id = $2 FOR UPDATE', values: [id, authorityId] });
        if (found.rowCount !== 1) return false;
        await client.query({ name: 'webhooks.removeAttempts', text: 'DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT id FROM webhook_deliveries WHERE endpoint_id = $1)', values: [id] });
        await client.query({ name: 'webhooks.removeDeliveries', text: 'DELETE FROM webhook_deliveries WHERE endpoint_id = $1', values: [id] });
        await client.query({ name: 'webhooks.removeEndpoint', text: 'DELETE FROM webhook_endpoints WHERE id = $1 AND authority_id = $2', values: [id, authorityId] });
        await createPgAuditRepository(client).write(record);
        return true;
      }),
    rotateSecret: (id, authorityId, s, at, record) =>
      audited(async (client) => {
        const text = 'UPDATE webhook_endpoints SET secret_sealed = $1, previous_secret_sealed = $2, previous_secret_expires_at = $3, updated_at = $4 WHERE id = $5 AND authority_id = $6';
        if (!changed(await client.query({ name: 'webhooks.rotate', text, values: [s.secretSealed, s.previousSecretSealed, s.previousExpiresAt, at, id, authorityId] }))) return false;
        await createPgAuditRepository(client).write(record);
        return true;
      }),
    resume: (id, authorityId, at, record) =>
      audited(async (client) => {
        const text = `UPDATE webhook_endpoints SET paused_at = NULL, consecutive_failures = 0, failing_since = NULL, updated_at = $1
          WHERE id = $2 AND authority_id = $3 AND paused_at IS NOT NULL`;
        if (!changed(await client.query({ name: 'webhooks.resume', text, values: [at, id, authorityId] }))) return false;
        const release = `UPDATE webhook_deliveries SET next_attempt_at = $1 WHERE endpoint_id = $2 AND status = 'pending' AND next_attempt_at IS NULL`;
        await client.query({ name: 'webhooks.release', text: release, values: [at, id] });
        await createPgAuditRepository(client).write(record);
        return true;
      }),
    async deliveries(endpointId, status, limit) {
      const text = `SELECT ${DELIVERY} FROM webhook_deliveries d LEFT JOIN submissions s ON s.id = d.submission_id
        WHERE d.endpoint_id = $1 AND ($2::text IS NULL OR d.status = $2) ORDER BY d.id DESC LIMIT $3`;
      return (await pool.query<WebhookDeliveryRow>({ name: 'webhooks.deliveries', text, values: [endpointId, status, limit] })).rows;
    },
    async delivery(endpointId, deliveryId) {
      const text = `SELECT ${DELIVERY} FROM webhook_deliveries d LEFT JOIN submissions s ON s.id = d.submission_id WHERE d.id = $1 AND d.endpoint_id = $2`;
      return (await pool.query<WebhookDeliveryRow>({ name: 'webhooks.delivery', text, values: [deliveryId, endpointId] })).rows[0];
    },
    async attemptsOf(ids) {
      if (ids.length === 0) return [];
      const text = `SELECT ${ATTEMPT} FROM webhook_attempts WHERE delivery_id = ANY($1::bigint[]) ORDER BY id`;
      return (await pool.query<WebhookAttemptRow>({ name: 'webhooks.attempts', text, values: [ids] })).rows;
    },
    redeliver: (endpointId, deliveryId, at, record) =>
      audited(async (client) => {
        const text = `${AGAIN} WHERE id = $2 AND endpoint_id = $3 AND status <> 'pending'`;
        if (!changed(await client.query({ name: 'webhooks.redeliver', text, values: [at, deliveryId, endpointId] }))) return false;
        await createPgAuditRepository(client).write(record);
        return true;
      }),
    redeliverFailed: (endpointId, at, record) =>
      audited(async (client) => {
        const text = `${AGAIN} WHERE endpoint_id = $2 AND status = 'failed'`;
        const count = (await client.query({ name: 'webhooks.redeliverFailed', text, values: [at, endpointId] })).rowCount ?? 0;
        await createPgAuditRepository(client).write(record(count));
        return count;
      }),
    async due(at, limit) {
      const text = `SELECT ${DUE_DELIVERY}
        FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
        WHERE d.status = 'pending' AND d.next_attempt_at <= $1 AND e.paused_at IS NULL
        ORDER BY d.next_attempt_at, d.id LIMIT $2`;
      return (await pool.query<DueDelivery>({ name: 'webhooks.due', text, values: [at, limit] })).rows;
    },
    async claim(d, leaseUntil) {
      // Under READ COMMITTED a second claimer waits for the first's row lock and then finds the row moved on.
      const text = `UPDATE webhook_deliveries SET next_attempt_at = $1, attempts = attempts + 1 WHERE id = $2 AND status = 'pending' AND next_attempt_at = $3`;
      return changed(await pool.query({ name: 'webhooks.claim', text, values: [leaseUntil, d.id, d.nextAttemptAt] }));
    },
    recordSuccess: (d, a) =>
      audited(async (client) => {
        if (!(await lockDelivery(client, d.id))) return;
        await insertAttempt(client, d.id, a);
        const delivered = `UPDATE webhook_deliveries SET status = 'delivered', delivered_at = $1, next_attempt_at = NULL WHERE id = $2`;
        await client.query({ name: 'webhooks.delivered', text: delivered, values: [a.at, d.id] });
        await client.query({ name: 'webhooks.succeeded', text: 'UPDATE webhook_endpoints SET consecutive_failures = 0, failing_since = NULL WHERE id = $1', values: [d.endpointId] });
      }),
    recordFailure: (d, a, outcome, pauseIf) =>
      audited(async (client) => {
        if (!(await lockDelivery(client, d.id))) return false;
        await insertAttempt(client, d.id, a);
        await client.query({ name: 'webhooks.failing', text: 'UPDATE webhook_endpoints SET failing_since = coalesce(failing_since, $1) WHERE id = $2', values: [a.at, d.endpointId] });
        if (outcome.kind === 'retry') {
          const retry = `UPDATE webhook_deliveries SET next_attempt_at = $1 WHERE id = $2 AND status = 'pending'`;
          await client.query({ name: 'webhooks.retry', text: retry, values: [outcome.nextAttemptAt, d.id] });
          return false;
        }
        await client.query({ name: 'webhooks.failed', text: `UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL WHERE id = $1`, values: [d.id] });
        const count = `UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1 WHERE id = $1 AND paused_at IS NULL RETURNING ${ENDPOINT_FAILURES}`;
        const endpoint = (await client.query<EndpointFailures>({ name: 'webhooks.countFailure', text: count, values: [d.endpointId] })).rows[0];
        const write = endpoint ? pauseIf(endpoint) : null;
        if (!endpoint || !write) return false;
        await client.query({ name: 'webhooks.pause', text: 'UPDATE webhook_endpoints SET paused_at = $1, updated_at = $1 WHERE id = $2 AND paused_at IS NULL', values: [a.at, endpoint.id] });
        await client.query({ name: 'webhooks.hold', text: `UPDATE webhook_deliveries SET next_attempt_at = NULL WHERE endpoint_id = $1 AND status = 'pending'`, values: [endpoint.id] });
        await createPgOutboxWriter(client).insertAll(write.alerts);
        await createPgAuditRepository(client).write(write.audit);
        return true;
      }),
  };
}
