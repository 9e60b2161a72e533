/** The outbox in SQLite: its statements are prepared once, when the repository is made. */
import type { OutboxItem, OutboxState } from '../../api-contract';
import { createSqliteAuditWriter } from '../audit/sqlite-audit-repository';
import type { Sqlite } from '../db/connection';
import type { Synchronous } from '../db/promised';
import { DUE_ALERT_COLUMNS, KEPT_ALERT_COLUMNS, OUTBOX_COLUMNS, OUTBOX_INSERT_COLUMNS, outboxValues, type OutboxValues } from './outbox-row';
import type { DueAlert, KeptAlertRow, OutboxInsert, OutboxKind, OutboxQuery, OutboxRepository } from './outbox-repository';

/**
 * No index serves "one authority's alerts, newest first" (each one more would slow every send), so
 * the page picks its walk: an authority with many alerts is read newest first along the rowid,
 * skipping other authorities' rows (its own are dense there); one with few is read through
 * outbox_authority and sorted (at most this many rows). A rare state is read on its own index.
 */
const SPARSE_LIMIT = 5000;

/**
 * The states few alerts are in beside the common one ('sent' with SMTP, 'kept' without): only
 * these are in the partial index outbox_authority_rare_state (authority_id, status) WHERE
 * authority_id IS NOT NULL AND status IN ('pending', 'failed') (migration 0008_outbox_rare_state_index), so finding a busy
 * authority's failed alerts does not walk all its alerts.
 */
const RARE_STATES: ReadonlySet<OutboxState> = new Set(['pending', 'failed']);

/**
 * One authority's alerts in a rare state, newest first, below an id. The IN term repeats the
 * index's WHERE so the planner knows the index holds every row asked for; `o.authority_id = ?`
 * implies its `authority_id IS NOT NULL`.
 */
export const RARE_STATE_PAGE_SQL = `SELECT ${OUTBOX_COLUMNS} FROM outbox o LEFT JOIN submissions s ON s.id = o.submission_id
  WHERE o.authority_id = ? AND o.status IN ('pending', 'failed') AND o.status = ? AND o.id < ? ORDER BY o.id DESC LIMIT ?`;

type PageParams = [string | null, string | null, string | null, string | null, number | null, number | null, number];

const FILTERS = `(? IS NULL OR o.status = ?) AND (? IS NULL OR o.id < ?) ORDER BY o.id DESC LIMIT ?`;

/** The desk's alerts with or without a read time; each walks the (authority_id, read_at) index. */
function deskSql(readFilter: string): string {
  return `SELECT ${OUTBOX_COLUMNS} FROM outbox o LEFT JOIN submissions s ON s.id = o.submission_id
    WHERE o.authority_id = ? AND o.audience = 'authority' AND ${readFilter} AND s.removed_at IS NULL ORDER BY o.id DESC LIMIT ?`;
}

/** The outbox's writes that other SQLite repositories make inside their own transactions. */
export function createSqliteOutboxWriter(sqlite: Sqlite): Synchronous<Pick<OutboxRepository, 'insert' | 'dropSecretsBefore'>> {
  // OR IGNORE: the partial unique index lets some kinds (deadline_near) exist once per case.
  const insert = sqlite.prepare<OutboxValues>(`INSERT OR IGNORE INTO outbox (${OUTBOX_INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const dropSecrets = sqlite.prepare<[string]>('UPDATE outbox SET secret = NULL WHERE secret IS NOT NULL AND created_at < ?');
  return {
    insert: (row) => insert.run(...outboxValues(row)).changes > 0,
    dropSecretsBefore: (before) => dropSecrets.run(before).changes,
  };
}

export function createSqliteOutboxRepository(sqlite: Sqlite): OutboxRepository {
  const audit = createSqliteAuditWriter(sqlite);
  const writer = createSqliteOutboxWriter(sqlite);
  const countOfAuthority = sqlite.prepare<[string, number], { n: number }>(
    `SELECT COUNT(*) AS n FROM (SELECT 1 FROM outbox WHERE authority_id = ? LIMIT ?)`,
  );
  const rareStatePage = sqlite.prepare<[string, string, number, number], OutboxItem>(RARE_STATE_PAGE_SQL);
  const pageOf = (scope: string) =>
    sqlite.prepare<PageParams, OutboxItem>(`SELECT ${OUTBOX_COLUMNS} FROM outbox o LEFT JOIN submissions s ON s.id = o.submission_id WHERE ${scope} AND ${FILTERS}`);
  const sparsePage = pageOf('(? IS NOT NULL AND o.authority_id = ?)');
  // `+o.authority_id` keeps the planner off outbox_authority for the rowid walk (see SPARSE_LIMIT).
  const densePage = pageOf('(? IS NULL OR +o.authority_id = ?)');
  const inScope = sqlite.prepare<[number, string | null, string | null], OutboxItem>(
    `SELECT ${OUTBOX_COLUMNS} FROM outbox o LEFT JOIN submissions s ON s.id = o.submission_id
     WHERE o.id = ? AND (? IS NULL OR o.authority_id = ?)`,
  );
  const requeue = sqlite.prepare<[string, number]>(`UPDATE outbox SET status = 'pending', next_attempt_at = ? WHERE id = ? AND status = 'failed'`);
  const unreadDesk = sqlite.prepare<[string, number], OutboxItem>(deskSql('o.read_at IS NULL'));
  const readDesk = sqlite.prepare<[string, number], OutboxItem>(deskSql('o.read_at IS NOT NULL'));
  const unreadCount = sqlite.prepare<[string, number], { n: number }>(
    `SELECT COUNT(*) AS n FROM (SELECT 1 FROM outbox WHERE authority_id = ? AND read_at IS NULL AND audience = 'authority' LIMIT ?)`,
  );
  const markRead = sqlite.prepare<[string, number, string]>(
    `UPDATE outbox SET read_at = COALESCE(read_at, ?) WHERE id = ? AND authority_id = ? AND audience = 'authority'`,
  );
  const readAt = sqlite.prepare<[number], { readAt: string | null }>('SELECT read_at AS readAt FROM outbox WHERE id = ?');
  const due = sqlite.prepare<[string, number], DueAlert>(
    `SELECT ${DUE_ALERT_COLUMNS}
     FROM outbox WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?`,
  );
  const claim = sqlite.prepare<[string, number, string]>(`UPDATE outbox SET next_attempt_at = ? WHERE id = ? AND status = 'pending' AND next_attempt_at = ?`);
  const staff = sqlite.prepare<[string], { email: string }>(
    `SELECT email FROM users WHERE authority_id = ? AND active = 1 AND role IN ('handler', 'admin') ORDER BY id`,
  );
  const admins = sqlite.prepare<[string], { email: string }>(`SELECT email FROM users WHERE authority_id = ? AND active = 1 AND role = 'admin' ORDER BY id`);
  // A delivered secret (a sign-in code) is dropped: the row keeps only the text without it.
  const sent = sqlite.prepare<[string, number]>(
    `UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL, secret = NULL WHERE id = ?`,
  );
  const attemptFailed = sqlite.prepare<[number, string, string, string, number]>(
    `UPDATE outbox SET attempts = ?, status = ?, next_attempt_at = ?, last_error = ? WHERE id = ?`,
  );
  const newestId = sqlite.prepare<[], { id: number }>('SELECT coalesce(max(id), 0) AS id FROM outbox');
  const keptAfter = sqlite.prepare<[number], KeptAlertRow>(
    `SELECT ${KEPT_ALERT_COLUMNS}
     FROM outbox WHERE id > ? AND status = 'kept' ORDER BY id LIMIT 100`,
  );
  const requeueWithAudit = sqlite.transaction((id: number, at: string, record: Parameters<OutboxRepository['requeueFailed']>[2]) => {
    requeue.run(at, id);
    audit.write(record);
  });

  const insertAll = sqlite.transaction((rows: readonly OutboxInsert[]) => rows.filter(writer.insert).length);

  const isSparse = (authorityId: string) => (countOfAuthority.get(authorityId, SPARSE_LIMIT)?.n ?? 0) < SPARSE_LIMIT;

  return {
    insert: async (row) => writer.insert(row),
    insertAll: async (rows) => insertAll(rows),
    async page(q: OutboxQuery) {
      if (q.authorityId !== null && q.status !== null && RARE_STATES.has(q.status))
        return rareStatePage.all(q.authorityId, q.status, q.before ?? Number.MAX_SAFE_INTEGER, q.limit);
      const params: PageParams = [q.authorityId, q.authorityId, q.status, q.status, q.before, q.before, q.limit];
      return (q.authorityId !== null && isSparse(q.authorityId) ? sparsePage : densePage).all(...params);
    },
    inScope: async (id, authorityId) => inScope.get(id, authorityId, authorityId),
    requeueFailed: async (id, at, record) => requeueWithAudit(id, at, record),
    async deskAlerts(authorityId, limit) {
      if (limit <= 0) return [];
      const unread = unreadDesk.all(authorityId, limit);
      const rest = limit - unread.length;
      return rest > 0 ? [...unread, ...readDesk.all(authorityId, rest)] : unread;
    },
    unreadCount: async (authorityId, cap) => unreadCount.get(authorityId, cap)?.n ?? 0,
    async markRead(id, authorityId, at) {
      if (markRead.run(at, id, authorityId).changes !== 1) return null;
      return readAt.get(id)?.readAt ?? at;
    },
    due: async (at, limit) => due.all(at, limit),
    claim: async (alert, leaseUntil) => claim.run(leaseUntil, alert.id, alert.nextAttemptAt).changes === 1,
    staffAddresses: async (authorityId) => staff.all(authorityId).map((r) => r.email),
    adminAddresses: async (authorityId) => admins.all(authorityId).map((r) => r.email),
    markSent: async (id, at) => void sent.run(at, id),
    markAttemptFailed: async (id, attempts, status, nextAttemptAt, lastError) => void attemptFailed.run(attempts, status, nextAttemptAt, lastError, id),
    newestId: async () => newestId.get()?.id ?? 0,
    keptAfter: async (afterId) => keptAfter.all(afterId),
    dropSecretsBefore: async (before) => writer.dropSecretsBefore(before),
  };
}
