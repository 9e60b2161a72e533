/** Webhook endpoints, deliveries and attempts in SQLite: statements prepared once, when made. */
import { createSqliteOutboxWriter } from '../alerts/sqlite-outbox-repository';
import { createSqliteAuditWriter } from '../audit/sqlite-audit-repository';
import type { Sqlite } from '../db/connection';
import type { Synchronous } from '../db/promised';
import { ATTEMPT, DELIVERY, DUE_DELIVERY, ENDPOINT, ENDPOINT_FAILURES, endpointOf, type EndpointRecord } from './webhook-rows';
import { messageId } from './webhook-events';
import type { DueDelivery, EndpointFailures, WebhookAttemptRow, WebhookDeliveryRow, WebhookQueue, WebhookRepository } from './webhook-repository';

/**
 * The queue the case and submission repositories write to inside their own transactions. One
 * INSERT … SELECT per event: a row for each endpoint subscribed to its type, none without one.
 */
export function createSqliteWebhookQueue(sqlite: Sqlite): Synchronous<WebhookQueue> {
  const any = sqlite.prepare<[string], { one: number }>('SELECT 1 AS one FROM webhook_endpoints WHERE authority_id = ? LIMIT 1');
  const insert = sqlite.prepare<[string, string, number | null, string, string, string, string, string]>(
    `INSERT INTO webhook_deliveries (endpoint_id, msg_id, event_type, submission_id, payload_json, status, attempts, next_attempt_at, created_at)
     SELECT e.id, ?, ?, ?, ?, 'pending', 0, CASE WHEN e.paused_at IS NULL THEN ? END, ?
     FROM webhook_endpoints e
     WHERE e.authority_id = ? AND EXISTS (SELECT 1 FROM json_each(e.events_json) j WHERE j.value = ?)`,
  );
  const dropAttempts = sqlite.prepare<[number]>(
    `DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT id FROM webhook_deliveries WHERE submission_id = ? AND status = 'pending')`,
  );
  const drop = sqlite.prepare<[number]>(`DELETE FROM webhook_deliveries WHERE submission_id = ? AND status = 'pending'`);
  return {
    withhold(submissionId) {
      dropAttempts.run(submissionId);
      return drop.run(submissionId).changes;
    },
    hasEndpoints: (authorityId) => any.get(authorityId) !== undefined,
    queue(authorityId, submissionId, events, at) {
      for (const payload of events) insert.run(messageId(), payload.type, submissionId, JSON.stringify(payload), at, at, authorityId, payload.type);
    },
  };
}

export function createSqliteWebhookRepository(sqlite: Sqlite): WebhookRepository {
  const audit = createSqliteAuditWriter(sqlite);
  const outbox = createSqliteOutboxWriter(sqlite);
  const queue = createSqliteWebhookQueue(sqlite);
  const list = sqlite.prepare<[string], EndpointRecord>(`SELECT ${ENDPOINT} FROM webhook_endpoints WHERE authority_id = ? ORDER BY id DESC`);
  const byId = sqlite.prepare<[number, string], EndpointRecord>(`SELECT ${ENDPOINT} FROM webhook_endpoints WHERE id = ? AND authority_id = ?`);
  const insert = sqlite.prepare<[string, string, string, string, string, string, string]>(
    `INSERT INTO webhook_endpoints (authority_id, url, description, events_json, secret_sealed, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = sqlite.prepare<[string | null, string | null, string | null, string, number, string]>(
    `UPDATE webhook_endpoints SET url = coalesce(?, url), description = coalesce(?, description), events_json = coalesce(?, events_json), updated_at = ?
     WHERE id = ? AND authority_id = ?`,
  );
  const removeAttempts = sqlite.prepare<[number]>('DELETE FROM webhook_attempts WHERE delivery_id IN (SELECT id FROM webhook_deliveries WHERE endpoint_id = ?)');
  const removeDeliveries = sqlite.prepare<[number]>('DELETE FROM webhook_deliveries WHERE endpoint_id = ?');
  const removeEndpoint = sqlite.prepare<[number, string]>('DELETE FROM webhook_endpoints WHERE id = ? AND authority_id = ?');
  const rotate = sqlite.prepare<[string, string, string, string, number, string]>(
    `UPDATE webhook_endpoints SET secret_sealed = ?, previous_secret_sealed = ?, previous_secret_expires_at = ?, updated_at = ? WHERE id = ? AND authority_id = ?`,
  );
  const resume = sqlite.prepare<[string, number, string]>(
    `UPDATE webhook_endpoints SET paused_at = NULL, consecutive_failures = 0, failing_since = NULL, updated_at = ? WHERE id = ? AND authority_id = ? AND paused_at IS NOT NULL`,
  );
  const release = sqlite.prepare<[string, number]>(`UPDATE webhook_deliveries SET next_attempt_at = ? WHERE endpoint_id = ? AND status = 'pending' AND next_attempt_at IS NULL`);
  const deliveries = sqlite.prepare<[number, string | null, string | null, number], WebhookDeliveryRow>(
    `SELECT ${DELIVERY} FROM webhook_deliveries d LEFT JOIN submissions s ON s.id = d.submission_id
     WHERE d.endpoint_id = ? AND (? IS NULL OR d.status = ?) ORDER BY d.id DESC LIMIT ?`,
  );
  const delivery = sqlite.prepare<[number, number], WebhookDeliveryRow>(
    `SELECT ${DELIVERY} FROM webhook_deliveries d LEFT JOIN submissions s ON s.id = d.submission_id WHERE d.id = ? AND d.endpoint_id = ?`,
  );
  const attempts = sqlite.prepare<[string], WebhookAttemptRow>(
    `SELECT ${ATTEMPT}
     FROM webhook_attempts WHERE delivery_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
  );
  // A new round: due now, or held (NULL) while the endpoint is paused.
  const again = `UPDATE webhook_deliveries SET status = 'pending', attempts = 0, delivered_at = NULL,
      next_attempt_at = (SELECT CASE WHEN e.paused_at IS NULL THEN ? END FROM webhook_endpoints e WHERE e.id = webhook_deliveries.endpoint_id)`;
  const redeliver = sqlite.prepare<[string, number, number]>(`${again} WHERE id = ? AND endpoint_id = ? AND status <> 'pending'`);
  const redeliverFailed = sqlite.prepare<[string, number]>(`${again} WHERE endpoint_id = ? AND status = 'failed'`);
  const due = sqlite.prepare<[string, number], DueDelivery>(
    `SELECT ${DUE_DELIVERY}
     FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id
     WHERE d.status = 'pending' AND d.next_attempt_at <= ? AND e.paused_at IS NULL
     ORDER BY d.next_attempt_at, d.id LIMIT ?`,
  );
  const claim = sqlite.prepare<[string, number, string]>(
    `UPDATE webhook_deliveries SET next_attempt_at = ?, attempts = attempts + 1 WHERE id = ? AND status = 'pending' AND next_attempt_at = ?`,
  );
  const insertAttempt = sqlite.prepare<[number, string, number | null, string | null, number]>(
    'INSERT INTO webhook_attempts (delivery_id, at, status_code, error, duration_ms) VALUES (?, ?, ?, ?, ?)',
  );
  const delivered = sqlite.prepare<[string, number]>(`UPDATE webhook_deliveries SET status = 'delivered', delivered_at = ?, next_attempt_at = NULL WHERE id = ?`);
  const succeeded = sqlite.prepare<[number]>('UPDATE webhook_endpoints SET consecutive_failures = 0, failing_since = NULL WHERE id = ?');
  const retry = sqlite.prepare<[string, number]>(`UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ? AND status = 'pending'`);
  const failed = sqlite.prepare<[number]>(`UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL WHERE id = ?`);
  const failing = sqlite.prepare<[string, number]>('UPDATE webhook_endpoints SET failing_since = coalesce(failing_since, ?) WHERE id = ?');
  const countFailure = sqlite.prepare<[number], EndpointFailures>(
    `UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1 WHERE id = ? AND paused_at IS NULL
     RETURNING ${ENDPOINT_FAILURES}`,
  );
  const pause = sqlite.prepare<[string, string, number]>('UPDATE webhook_endpoints SET paused_at = ?, updated_at = ? WHERE id = ? AND paused_at IS NULL');
  const hold = sqlite.prepare<[number]>(`UPDATE webhook_deliveries SET next_attempt_at = NULL WHERE endpoint_id = ? AND status = 'pending'`);

  const create = sqlite.transaction((...[e, record]: Parameters<WebhookRepository['create']>): number => {
    const id = Number(insert.run(e.authorityId, e.url, e.description, JSON.stringify(e.events), e.secretSealed, e.at, e.at).lastInsertRowid);
    audit.write(record(id));
    return id;
  });
  const updateOne = sqlite.transaction((...[id, authorityId, c, at, record]: Parameters<WebhookRepository['update']>): boolean => {
    if (update.run(c.url ?? null, c.description ?? null, c.events ? JSON.stringify(c.events) : null, at, id, authorityId).changes !== 1) return false;
    audit.write(record);
    return true;
  });
  const remove = sqlite.transaction((...[id, authorityId, record]: Parameters<WebhookRepository['remove']>): boolean => {
    if (!byId.get(id, authorityId)) return false;
    removeAttempts.run(id);
    removeDeliveries.run(id);
    removeEndpoint.run(id, authorityId);
    audit.write(record);
    return true;
  });
  const rotateOne = sqlite.transaction((...[id, authorityId, s, at, record]: Parameters<WebhookRepository['rotateSecret']>): boolean => {
    if (rotate.run(s.secretSealed, s.previousSecretSealed, s.previousExpiresAt, at, id, authorityId).changes !== 1) return false;
    audit.write(record);
    return true;
  });
  const resumeOne = sqlite.transaction((...[id, authorityId, at, record]: Parameters<WebhookRepository['resume']>): boolean => {
    if (resume.run(at, id, authorityId).changes !== 1) return false;
    release.run(at, id);
    audit.write(record);
    return true;
  });
  const redeliverOne = sqlite.transaction((...[endpointId, deliveryId, at, record]: Parameters<WebhookRepository['redeliver']>): boolean => {
    if (redeliver.run(at, deliveryId, endpointId).changes !== 1) return false;
    audit.write(record);
    return true;
  });
  const redeliverAll = sqlite.transaction((...[endpointId, at, record]: Parameters<WebhookRepository['redeliverFailed']>): number => {
    const count = redeliverFailed.run(at, endpointId).changes;
    audit.write(record(count));
    return count;
  });
  // A delivery withheld while its attempt was under way (its case removed as spam) records nothing.
  const exists = sqlite.prepare<[number], { one: number }>('SELECT 1 AS one FROM webhook_deliveries WHERE id = ?');
  const success = sqlite.transaction((...[d, a]: Parameters<WebhookRepository['recordSuccess']>) => {
    if (!exists.get(d.id)) return;
    insertAttempt.run(d.id, a.at, a.statusCode, a.error, a.durationMs);
    delivered.run(a.at, d.id);
    succeeded.run(d.endpointId);
  });
  const failure = sqlite.transaction((...[d, a, outcome, pauseIf]: Parameters<WebhookRepository['recordFailure']>): boolean => {
    if (!exists.get(d.id)) return false;
    insertAttempt.run(d.id, a.at, a.statusCode, a.error, a.durationMs);
    failing.run(a.at, d.endpointId);
    if (outcome.kind === 'retry') {
      retry.run(outcome.nextAttemptAt, d.id);
      return false;
    }
    failed.run(d.id);
    const endpoint = countFailure.get(d.endpointId);
    const write = endpoint ? pauseIf(endpoint) : null;
    if (!endpoint || !write) return false;
    pause.run(a.at, a.at, endpoint.id);
    hold.run(endpoint.id);
    for (const alert of write.alerts) outbox.insert(alert);
    audit.write(write.audit);
    return true;
  });

  return {
    withhold: async (submissionId) => queue.withhold(submissionId),
    hasEndpoints: async (authorityId) => queue.hasEndpoints(authorityId),
    queue: async (...args) => queue.queue(...args),
    list: async (authorityId) => list.all(authorityId).map(endpointOf),
    byId: async (id, authorityId) => {
      const row = byId.get(id, authorityId);
      return row && endpointOf(row);
    },
    create: async (e, record) => create(e, record),
    update: async (...args) => updateOne(...args),
    remove: async (...args) => remove(...args),
    rotateSecret: async (...args) => rotateOne(...args),
    resume: async (...args) => resumeOne(...args),
    deliveries: async (endpointId, status, limit) => deliveries.all(endpointId, status, status, limit),
    delivery: async (endpointId, deliveryId) => delivery.get(deliveryId, endpointId),
    attemptsOf: async (ids) => (ids.length === 0 ? [] : attempts.all(JSON.stringify(ids))),
    redeliver: async (...args) => redeliverOne(...args),
    redeliverFailed: async (...args) => redeliverAll(...args),
    due: async (at, limit) => due.all(at, limit),
    claim: async (d, leaseUntil) => claim.run(leaseUntil, d.id, d.nextAttemptAt).changes === 1,
    recordSuccess: async (...args) => success(...args),
    recordFailure: async (...args) => failure(...args),
  };
}
