/**
 * The outbox in PostgreSQL: the writer (pg-outbox-writer.ts) and everything the admins, the desk
 * and the delivery loops read and change. Delivery loops of several instances share the rows:
 * `claim` is a conditional UPDATE, so of two loops that read the same due alert one takes it.
 */
import type pg from 'pg';
import type { OutboxItem } from '../../api-contract';
import { createPgAuditRepository } from '../audit/pg-audit-repository';
import type { Promised } from '../db/promised';
import { inTransaction } from '../db/postgres/transaction';
import type { DueAlert, KeptAlertRow, OutboxRepository } from './outbox-repository';
import { DUE_ALERT_COLUMNS, KEPT_ALERT_COLUMNS, OUTBOX_COLUMNS } from './outbox-row';
import { createPgOutboxWriter } from './pg-outbox-writer';

const FROM = 'FROM outbox o LEFT JOIN submissions s ON s.id = o.submission_id';

// Typed parameters: a NULL-able filter's type cannot be inferred from `$1 IS NULL` alone.
const PAGE = `SELECT ${OUTBOX_COLUMNS} ${FROM}
  WHERE ($1::text IS NULL OR o.authority_id = $1) AND ($2::text IS NULL OR o.status = $2) AND ($3::bigint IS NULL OR o.id < $3)
  ORDER BY o.id DESC LIMIT $4`;

/** The desk's alerts with or without a read time. */
const deskSql = (readFilter: string) => `SELECT ${OUTBOX_COLUMNS} ${FROM}
  WHERE o.authority_id = $1 AND o.audience = 'authority' AND ${readFilter} AND s.removed_at IS NULL ORDER BY o.id DESC LIMIT $2`;

export function createPgOutboxRepository(pool: pg.Pool): Promised<OutboxRepository> {
  const writer = createPgOutboxWriter(pool);
  const desk = async (name: string, text: string, authorityId: string, limit: number) =>
    (await pool.query<OutboxItem>({ name, text, values: [authorityId, limit] })).rows;
  const emails = async (text: string, authorityId: string) => (await pool.query<{ email: string }>(text, [authorityId])).rows.map((r) => r.email);
  return {
    insert: writer.insert,
    // One unit of work, as on SQLite: all the alerts or none.
    insertAll: (rows) => inTransaction(pool, (client) => createPgOutboxWriter(client).insertAll(rows)),
    async page(q) {
      return (await pool.query<OutboxItem>({ name: 'outbox.page', text: PAGE, values: [q.authorityId, q.status, q.before, q.limit] })).rows;
    },
    async inScope(id, authorityId) {
      const { rows } = await pool.query<OutboxItem>(`SELECT ${OUTBOX_COLUMNS} ${FROM} WHERE o.id = $1 AND ($2::text IS NULL OR o.authority_id = $2)`, [id, authorityId]);
      return rows[0];
    },
    async requeueFailed(id, at, record) {
      await inTransaction(pool, async (client) => {
        await client.query(`UPDATE outbox SET status = 'pending', next_attempt_at = $1 WHERE id = $2 AND status = 'failed'`, [at, id]);
        await createPgAuditRepository(client).write(record);
      });
    },
    async deskAlerts(authorityId, limit) {
      if (limit <= 0) return [];
      const unread = await desk('outbox.deskUnread', deskSql('o.read_at IS NULL'), authorityId, limit);
      const rest = limit - unread.length;
      return rest > 0 ? [...unread, ...(await desk('outbox.deskRead', deskSql('o.read_at IS NOT NULL'), authorityId, rest))] : unread;
    },
    async unreadCount(authorityId, cap) {
      const { rows } = await pool.query<{ n: number }>({
        name: 'outbox.unreadCount',
        text: `SELECT count(*)::bigint AS n FROM (SELECT 1 FROM outbox WHERE authority_id = $1 AND read_at IS NULL AND audience = 'authority' LIMIT $2) t`,
        values: [authorityId, cap],
      });
      return rows[0]?.n ?? 0;
    },
    async markRead(id, authorityId, at) {
      const { rows } = await pool.query<{ readAt: string }>(
        `UPDATE outbox SET read_at = COALESCE(read_at, $1) WHERE id = $2 AND authority_id = $3 AND audience = 'authority' RETURNING read_at AS "readAt"`,
        [at, id, authorityId],
      );
      return rows[0]?.readAt ?? null;
    },
    async due(at, limit) {
      const { rows } = await pool.query<DueAlert>({
        name: 'outbox.due',
        text: `SELECT ${DUE_ALERT_COLUMNS} FROM outbox WHERE status = 'pending' AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT $2`,
        values: [at, limit],
      });
      return rows;
    },
    async claim(alert, leaseUntil) {
      const { rowCount } = await pool.query({
        name: 'outbox.claim',
        text: `UPDATE outbox SET next_attempt_at = $1 WHERE id = $2 AND status = 'pending' AND next_attempt_at = $3`,
        values: [leaseUntil, alert.id, alert.nextAttemptAt],
      });
      return rowCount === 1;
    },
    staffAddresses: (authorityId) => emails(`SELECT email FROM users WHERE authority_id = $1 AND active AND role IN ('handler', 'admin') ORDER BY id`, authorityId),
    adminAddresses: (authorityId) => emails(`SELECT email FROM users WHERE authority_id = $1 AND active AND role = 'admin' ORDER BY id`, authorityId),
    async markSent(id, at) {
      // A delivered secret (a sign-in code) is dropped: the row keeps only the text without it.
      await pool.query({
        name: 'outbox.sent',
        text: `UPDATE outbox SET status = 'sent', sent_at = $1, attempts = attempts + 1, last_error = NULL, secret = NULL WHERE id = $2`,
        values: [at, id],
      });
    },
    async markAttemptFailed(id, attempts, status, nextAttemptAt, lastError) {
      await pool.query('UPDATE outbox SET attempts = $1, status = $2, next_attempt_at = $3, last_error = $4 WHERE id = $5', [attempts, status, nextAttemptAt, lastError, id]);
    },
    async newestId() {
      return (await pool.query<{ id: number }>('SELECT coalesce(max(id), 0)::bigint AS id FROM outbox')).rows[0]?.id ?? 0;
    },
    async keptAfter(afterId) {
      return (await pool.query<KeptAlertRow>({ name: 'outbox.keptAfter', text: `SELECT ${KEPT_ALERT_COLUMNS} FROM outbox WHERE id > $1 AND status = 'kept' ORDER BY id LIMIT 100`, values: [afterId] })).rows;
    },
    async dropSecretsBefore(before) {
      return (await pool.query('UPDATE outbox SET secret = NULL WHERE secret IS NOT NULL AND created_at < $1', [before])).rowCount ?? 0;
    },
  };
}
