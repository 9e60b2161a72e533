/**
 * The outbox as admins read it (GET /api/admin/outbox) and the one thing they may do to it: put a
 * failed alert back in the queue (POST /api/admin/outbox/:id/retry). An authority admin sees only
 * rows of their own authority (its alerts and its customers' alerts); a coordinator (scope null)
 * sees every row. Sign-in codes belong to no authority, and even coordinators never see the code.
 */
import type { OutboxItem, OutboxPage } from '../../api-contract';
import { auditRecord, type AuditActor } from '../audit/log';
import type { AppContext } from '../context';
import { conflict, notFound } from '../http/errors';
import type { OutboxQuery, OutboxRepository } from './outbox-repository';

export type { OutboxQuery } from './outbox-repository';

function hideSignInCode(row: OutboxItem): OutboxItem {
  return row.kind === 'sign_in_code' ? { ...row, subject: '(sign-in code)', body: '(hidden)' } : row;
}

/** Newest first, keyset-paged by id; `smtp`: whether alerts are mailed (SMTP configured). */
export async function outboxPage(outbox: Pick<OutboxRepository, 'page'>, smtp: boolean, q: OutboxQuery): Promise<OutboxPage> {
  const rows = await outbox.page({ ...q, limit: q.limit + 1 });
  const more = rows.length > q.limit;
  const items = rows.slice(0, q.limit).map(hideSignInCode);
  return { items, nextCursor: more ? String(items[items.length - 1].id) : null, smtp };
}

/**
 * Puts a failed alert back in the delivery queue, due now, with its attempts kept (one more
 * failure fails it again at once). 404 outside the caller's scope; 409 unless it failed, or when
 * there is no SMTP to send it with.
 */
export async function retryFailedAlert(ctx: AppContext, id: number, authorityId: string | null, actor: AuditActor): Promise<OutboxItem> {
  const row = await ctx.repos.outbox.inScope(id, authorityId);
  if (!row) throw notFound('No such alert');
  if (row.status !== 'failed') throw conflict('Only a failed alert can be retried', [{ path: 'status', message: `Is ${row.status}` }]);
  if (!ctx.config.smtpUrl) throw conflict('No SMTP server is configured: alerts are kept in the outbox, not emailed');
  const at = ctx.now().toISOString();
  await ctx.repos.outbox.requeueFailed(
    id,
    at,
    auditRecord(ctx, { actor, action: 'outbox.retry', targetType: 'outbox', targetId: id, details: { attempts: row.attempts, lastError: row.lastError } }),
  );
  return hideSignInCode({ ...row, status: 'pending', nextAttemptAt: at });
}
