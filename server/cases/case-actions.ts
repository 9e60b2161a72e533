/**
 * What a handler does to a case besides moving its status: internal notes, messages to the
 * customer, assignment. Each is one transaction with its history event and audit row.
 */
import { localize } from '../../form-library/format/localize';
import type { ServiceDefinition } from '../../form-library/format/types';
import { customerCaseLink } from '../alerts/links';
import { queueCustomerAlert } from '../alerts/outbox';
import { writeAudit } from '../audit/log';
import type { StaffPrincipal } from '../auth/principals';
import type { AppContext } from '../context';
import { HttpError } from '../http/errors';
import { addCaseEvent } from './case-events';
import { markRead, touchSubmission, type SubmissionRow } from './submission-row';

function staffAudit(staff: StaffPrincipal) {
  return { kind: 'staff' as const, userId: staff.id, email: staff.email };
}

/** Every handler action ends the same way: the case changed, and the actor has seen the change. */
function changed(ctx: AppContext, sub: SubmissionRow, staff: StaffPrincipal, at: string): void {
  touchSubmission(ctx, sub.id, at);
  markRead(ctx, sub.id, staff.id, at);
}

export function addNote(ctx: AppContext, sub: SubmissionRow, staff: StaffPrincipal, body: string): void {
  ctx.sqlite.transaction(() => {
    const at = ctx.now().toISOString();
    addCaseEvent(ctx, { submissionId: sub.id, at, kind: 'note', actorKind: 'handler', actorUserId: staff.id, body, customerVisible: 0 });
    writeAudit(ctx, { actor: staffAudit(staff), action: 'case.note', targetType: 'submission', targetId: sub.id });
    changed(ctx, sub, staff, at);
  })();
}

export function sendMessageToCustomer(ctx: AppContext, sub: SubmissionRow, service: ServiceDefinition, staff: StaffPrincipal, body: string): void {
  ctx.sqlite.transaction(() => {
    const at = ctx.now().toISOString();
    addCaseEvent(ctx, { submissionId: sub.id, at, kind: 'message', actorKind: 'handler', actorUserId: staff.id, body, customerVisible: 1 });
    writeAudit(ctx, { actor: staffAudit(staff), action: 'case.message', targetType: 'submission', targetId: sub.id });
    queueCustomerAlert(ctx, { toEmail: sub.contactEmail, lang: sub.lang, submissionId: sub.id, authorityId: sub.authorityId }, 'message', {
      kind: 'message',
      reference: sub.reference,
      serviceName: localize(service.name, sub.lang),
      link: customerCaseLink(ctx.config, sub.lang, sub.id),
    });
    changed(ctx, sub, staff, at);
  })();
}

/** Assigns the case to a handler or admin of the same authority, or to nobody (null). */
export function assignCase(ctx: AppContext, sub: SubmissionRow, staff: StaffPrincipal, userId: number | null): { id: number; name: string } | null {
  let assignee: { id: number; name: string } | null = null;
  if (userId !== null) {
    const user = ctx.sqlite
      .prepare<[number], { id: number; name: string; role: string; authorityId: string | null; active: number }>(
        'SELECT id, name, role, authority_id AS authorityId, active FROM users WHERE id = ?',
      )
      .get(userId);
    if (!user || !user.active || user.authorityId !== sub.authorityId || !['handler', 'admin'].includes(user.role))
      throw new HttpError(422, 'validation_failed', 'The case can be assigned only to a handler or admin of its authority', [
        { path: 'userId', message: 'Not a handler or admin of this authority' },
      ]);
    assignee = { id: user.id, name: user.name };
  }
  ctx.sqlite.transaction(() => {
    const at = ctx.now().toISOString();
    ctx.sqlite.prepare('UPDATE submissions SET assignee_id = ? WHERE id = ?').run(userId, sub.id);
    addCaseEvent(ctx, {
      submissionId: sub.id, at, kind: 'assignment', actorKind: 'handler', actorUserId: staff.id,
      body: userId === null ? null : String(userId), customerVisible: 0,
    });
    writeAudit(ctx, { actor: staffAudit(staff), action: 'case.assign', targetType: 'submission', targetId: sub.id, details: { assigneeId: userId } });
    changed(ctx, sub, staff, at);
  })();
  return assignee;
}
