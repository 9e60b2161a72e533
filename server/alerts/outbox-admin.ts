/**
 * The outbox as admins read it (GET /api/admin/outbox) and the one thing they may do to it: put a
 * failed alert back in the queue (POST /api/admin/outbox/:id/retry). An authority admin sees only
 * rows of their own authority (its alerts and its customers' alerts); a coordinator (scope null)
 * sees every row. Sign-in codes belong to no authority, and even coordinators never see the code.
 */
import { writeAudit, type AuditActor } from '../audit/log';
import type { AppContext } from '../context';
import { conflict, notFound } from '../http/errors';

export const OUTBOX_STATES = ['pending', 'sent', 'failed', 'kept'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export interface OutboxView {
  id: number;
  kind: string;
  audience: string;
  authorityId: string | null;
  submissionId: number | null;
  reference: string | null;
  toEmail: string | null;
  subject: string;
  body: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  readAt: string | null;
}

export const OUTBOX_COLUMNS = `o.id, o.kind, o.audience, o.authority_id AS authorityId, o.submission_id AS submissionId, s.reference,
  o.to_email AS toEmail, o.subject, o.body, o.status, o.attempts, o.next_attempt_at AS nextAttemptAt, o.last_error AS lastError,
  o.created_at AS createdAt, o.sent_at AS sentAt, o.read_at AS readAt`;

/** Counting stops here: a busy authority's history is not scanned for a filter's badge. */
export const OUTBOX_COUNT_CAP = 1000;

export interface OutboxQuery {
  /** The authority whose rows are shown; null for a coordinator (every row). */
  authorityId: string | null;
  status: OutboxState | null;
  /** Rows older (smaller id) than this one; null for the newest page. */
  before: number | null;
  limit: number;
}

export interface OutboxPage {
  items: OutboxView[];
  nextCursor: string | null;
  counts: Record<OutboxState, number>;
  countsCapped: boolean;
  /** Whether alerts are emailed at all; without SMTP they are only kept here. */
  smtp: boolean;
}

function hideSignInCode(row: OutboxView): OutboxView {
  return row.kind === 'sign_in_code' ? { ...row, subject: '(sign-in code)', body: '(hidden)' } : row;
}

/** Newest first, keyset-paged by id. */
export function outboxPage(ctx: AppContext, q: OutboxQuery): OutboxPage {
  const rows = ctx.sqlite
    .prepare<[string | null, string | null, string | null, string | null, number | null, number | null, number], OutboxView>(
      `SELECT ${OUTBOX_COLUMNS} FROM outbox o LEFT JOIN submissions s ON s.id = o.submission_id
       WHERE (? IS NULL OR o.authority_id = ?) AND (? IS NULL OR o.status = ?) AND (? IS NULL OR o.id < ?)
       ORDER BY o.id DESC LIMIT ?`,
    )
    .all(q.authorityId, q.authorityId, q.status, q.status, q.before, q.before, q.limit + 1);
  const more = rows.length > q.limit;
  const items = rows.slice(0, q.limit).map(hideSignInCode);
  const countOne = ctx.sqlite.prepare<[string | null, string | null, string, number], { n: number }>(
    `SELECT COUNT(*) AS n FROM (SELECT 1 FROM outbox WHERE (? IS NULL OR authority_id = ?) AND status = ? LIMIT ?)`,
  );
  const counts = {} as Record<OutboxState, number>;
  for (const state of OUTBOX_STATES) counts[state] = countOne.get(q.authorityId, q.authorityId, state, OUTBOX_COUNT_CAP)?.n ?? 0;
  return {
    items,
    nextCursor: more ? String(items[items.length - 1].id) : null,
    counts,
    countsCapped: OUTBOX_STATES.some((s) => counts[s] >= OUTBOX_COUNT_CAP),
    smtp: Boolean(ctx.config.smtpUrl),
  };
}

function outboxRow(ctx: AppContext, id: number, authorityId: string | null): OutboxView | undefined {
  return ctx.sqlite
    .prepare<[number, string | null, string | null], OutboxView>(
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
export function retryFailedAlert(ctx: AppContext, id: number, authorityId: string | null, actor: AuditActor): OutboxView {
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
