/**
 * What a handler does to a case besides moving its status: internal notes, messages to the
 * customer, assignment. Each is one unit of work (a CaseChange) with its history event and audit row.
 * A message may also come from the case-management system (a DeskActor with an API key).
 */
import { localize } from '../../form-library/format/localize';
import type { ServiceDefinition } from '../../form-library/format/types';
import { customerCaseLink } from '../alerts/links';
import { customerAlertRow } from '../alerts/outbox';
import { auditRecord } from '../audit/log';
import type { StaffPrincipal } from '../auth/principals';
import type { AppContext } from '../context';
import { HttpError } from '../http/errors';
import { auditActorOf, eventActor, readerOf, type DeskActor } from './case-actor';
import type { CaseChange, CaseEventWrite, SubmissionRow } from './case-repository';

function staffAudit(staff: StaffPrincipal) {
  return { kind: 'staff' as const, userId: staff.id, email: staff.email };
}

function handlerEvent(staff: StaffPrincipal, kind: CaseEventWrite['kind'], body: string | null, customerVisible: 0 | 1): CaseEventWrite {
  return { kind, actorKind: 'handler', actorUserId: staff.id, event: null, fromStatus: null, toStatus: null, body, details: null, customerVisible };
}

/** Every handler action ends the same way: the case changed, and the actor has seen the change. */
function handlerChange(sub: SubmissionRow, staff: StaffPrincipal, at: string, change: Pick<CaseChange, 'events' | 'audits'> & Partial<CaseChange>): CaseChange {
  return { submissionId: sub.id, at, alerts: [], ...change, touch: true, readBy: staff.id };
}

export async function addNote(ctx: AppContext, sub: SubmissionRow, staff: StaffPrincipal, body: string): Promise<void> {
  const at = ctx.now().toISOString();
  await ctx.repos.cases.apply(
    handlerChange(sub, staff, at, {
      events: [handlerEvent(staff, 'note', body, 0)],
      audits: [auditRecord(ctx, { actor: staffAudit(staff), action: 'case.note', targetType: 'submission', targetId: sub.id })],
    }),
  );
}

export async function sendMessageToCustomer(ctx: AppContext, sub: SubmissionRow, service: ServiceDefinition, actor: DeskActor, body: string): Promise<void> {
  const at = ctx.now().toISOString();
  const readBy = readerOf(actor);
  await ctx.repos.cases.apply({
    submissionId: sub.id,
    at,
    touch: true,
    ...(readBy !== undefined ? { readBy } : {}),
    events: [{ kind: 'message', ...eventActor(actor, null), event: null, fromStatus: null, toStatus: null, body, customerVisible: 1 }],
    audits: [auditRecord(ctx, { actor: auditActorOf(actor), action: 'case.message', targetType: 'submission', targetId: sub.id })],
    alerts: [
      customerAlertRow(ctx, { toEmail: sub.contactEmail, lang: sub.lang, submissionId: sub.id, authorityId: sub.authorityId }, 'message', {
        kind: 'message',
        reference: sub.reference,
        serviceName: localize(service.name, sub.lang),
        link: customerCaseLink(ctx.config, sub.lang, sub.id),
      }),
    ],
  });
}

/** Assigns the case to a handler or admin of the same authority, or to nobody (null). */
export async function assignCase(ctx: AppContext, sub: SubmissionRow, staff: StaffPrincipal, userId: number | null): Promise<{ id: number; name: string } | null> {
  let assignee: { id: number; name: string } | null = null;
  if (userId !== null) {
    const user = await ctx.repos.staff.byId(userId);
    if (!user || !user.active || user.authorityId !== sub.authorityId || !['handler', 'admin'].includes(user.role))
      throw new HttpError(422, 'validation_failed', 'The case can be assigned only to a handler or admin of its authority', [
        { path: 'userId', message: 'Not a handler or admin of this authority' },
      ]);
    assignee = { id: user.id, name: user.name };
  }
  const at = ctx.now().toISOString();
  await ctx.repos.cases.apply(
    handlerChange(sub, staff, at, {
      assigneeId: userId,
      events: [handlerEvent(staff, 'assignment', userId === null ? null : String(userId), 0)],
      audits: [auditRecord(ctx, { actor: staffAudit(staff), action: 'case.assign', targetType: 'submission', targetId: sub.id, details: { assigneeId: userId } })],
    }),
  );
  return assignee;
}
