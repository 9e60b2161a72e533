/**
 * The outbox as admins read it (GET /api/admin/outbox) and the one thing they may do to it: put a
 * failed alert back in the queue (POST /api/admin/outbox/:id/retry). An authority admin sees only
 * rows of their own authority (its alerts and its customers' alerts); a coordinator (scope null)
 * sees every row. Sign-in codes belong to no authority, and even coordinators never see the code.
 */
import type { OutboxItem, OutboxPage, OutboxState } from '../../api-contract';
import { writeAudit, type AuditActor } from '../audit/log';
import type { AppContext } from '../context';
import { conflict, notFound } from '../http/errors';

export const OUTBOX_COLUMNS = `o.id, o.kind, o.audience, o.authority_id AS authorityId, o.submission_id AS submissionId, s.reference,
  o.to_email AS toEmail, o.subject, o.body, o.status, o.attempts, o.next_attempt_at AS nextAttemptAt, o.last_error AS lastError,
  o.created_at AS createdAt, o.sent_at AS sentAt, o.read_at AS readAt`;

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

/** What reading the outbox needs of the app: the database and whether SMTP is configured. */
type OutboxReader = Pick<AppContext, 'sqlite'> & { config: Pick<AppContext['config'], 'smtpUrl'> };

export interface OutboxQuery {
  /** The authority whose rows are shown; null for a coordinator (every row). */
  authorityId: string | null;
  status: OutboxState | null;
  /** Rows older (smaller id) than this one; null for the newest page. */
  before: number | null;
  limit: number;
}

function hideSignInCode(row: OutboxItem): OutboxItem {
  return row.kind === 'sign_in_code' ? { ...row, subject: '(sign-in code)', body: '(hidden)' } : row;
}

type PageParams = [string | null, string | null, string | null, string | null, number | null, number | null, number];

const FILTERS = `(? IS NULL OR o.status = ?) AND (? IS NULL OR o.id < ?) ORDER BY o.id DESC LIMIT ?`;

function isSparse(ctx: OutboxReader, authorityId: string): boolean {
  const n = ctx.sqlite
    .prepare<[string, number], { n: number }>(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM outbox WHERE authority_id = ? LIMIT ?)`)
    .get(authorityId, SPARSE_LIMIT)?.n ?? 0;
  return n < SPARSE_LIMIT;
}

function pageRows(ctx: OutboxReader, q: OutboxQuery): OutboxItem[] {
  if (q.authorityId !== null && q.status !== null && RARE_STATES.has(q.status)) {
    return ctx.sqlite
      .prepare<[string, string, number, number], OutboxItem>(RARE_STATE_PAGE_SQL)
      .all(q.authorityId, q.status, q.before ?? Number.MAX_SAFE_INTEGER, q.limit + 1);
  }
  const params: PageParams = [q.authorityId, q.authorityId, q.status, q.status, q.before, q.before, q.limit + 1];
  const sparse = q.authorityId !== null && isSparse(ctx, q.authorityId);
  // `+o.authority_id` keeps the planner off outbox_authority for the rowid walk (see SPARSE_LIMIT).
  const scope = sparse ? '(? IS NOT NULL AND o.authority_id = ?)' : '(? IS NULL OR +o.authority_id = ?)';
  return ctx.sqlite
    .prepare<PageParams, OutboxItem>(`SELECT ${OUTBOX_COLUMNS} FROM outbox o LEFT JOIN submissions s ON s.id = o.submission_id WHERE ${scope} AND ${FILTERS}`)
    .all(...params);
}

/** Newest first, keyset-paged by id. */
export function outboxPage(ctx: OutboxReader, q: OutboxQuery): OutboxPage {
  const rows = pageRows(ctx, q);
  const more = rows.length > q.limit;
  const items = rows.slice(0, q.limit).map(hideSignInCode);
  return { items, nextCursor: more ? String(items[items.length - 1].id) : null, smtp: Boolean(ctx.config.smtpUrl) };
}

function outboxRow(ctx: AppContext, id: number, authorityId: string | null): OutboxItem | undefined {
  return ctx.sqlite
    .prepare<[number, string | null, string | null], OutboxItem>(
      `SELECT ${OUTBOX_COLUMNS} FROM outbox o LEFT JOIN submissions s ON s.id = o.submission_id
       WHERE o.id = ? AND (? IS NULL OR o.authority_id = ?)`,
    )
    .get(id, authorityId, authorityId);
}

/**
 * Puts a failed alert back in the delivery queue, due now, with its attempts kept (one more
 * failure fails it again at once). 404 outside the caller's scope; 409 unless it failed, or when
 * there is no SMTP to send it with.
 */
export function retryFailedAlert(ctx: AppContext, id: number, authorityId: string | null, actor: AuditActor): OutboxItem {
  const row = outboxRow(ctx, id, authorityId);
  if (!row) throw notFound('No such alert');
  if (row.status !== 'failed') throw conflict('Only a failed alert can be retried', [{ path: 'status', message: `Is ${row.status}` }]);
  if (!ctx.config.smtpUrl) throw conflict('No SMTP server is configured: alerts are kept in the outbox, not emailed');
  const at = ctx.now().toISOString();
  ctx.sqlite.transaction(() => {
    ctx.sqlite.prepare(`UPDATE outbox SET status = 'pending', next_attempt_at = ? WHERE id = ? AND status = 'failed'`).run(at, id);
    writeAudit(ctx, { actor, action: 'outbox.retry', targetType: 'outbox', targetId: id, details: { attempts: row.attempts, lastError: row.lastError } });
  })();
  return hideSignInCode({ ...row, status: 'pending', nextAttemptAt: at });
}
