/**
 * Moving a case's status. The workflow's compiled machine decides (`nextStatus`); this module only
 * turns its refusals into HTTP errors and writes the consequences: the new status, the history
 * event, the audit row and the alerts. Call it inside the caller's transaction.
 */
import { localize } from '../../form-library/format/localize';
import type { ServiceDefinition } from '../../form-library/format/types';
import type { WorkflowRole, WorkflowTransition } from '../../workflows/format/types';
import { awaitsAnswer, isDecision } from '../../workflows/machine/case-steps';
import { nextStatus } from '../../workflows/machine/next-status';
import { customerCaseLink, deskCaseLink } from '../alerts/links';
import { queueAuthorityAlert, queueCustomerAlert } from '../alerts/outbox';
import { writeAudit, type AuditActor } from '../audit/log';
import type { AppContext } from '../context';
import { noteCaseStep } from '../estimates/case-times';
import { conflict, HttpError } from '../http/errors';
import { statusLabel } from '../submissions/pinned-service';
import { detailsJson, type CaseEventDetails } from './case-event-details';
import { addCaseEvent } from './case-events';
import type { SubmissionRow } from './submission-row';

export type CaseActor = { kind: 'handler'; userId: number; email: string } | { kind: 'customer'; email: string };

export interface FiredTransition {
  from: string;
  status: string;
  transition: WorkflowTransition;
  at: string;
}

function auditActor(actor: CaseActor): AuditActor {
  return actor.kind === 'handler' ? { kind: 'staff', userId: actor.userId, email: actor.email } : { kind: 'customer', email: actor.email };
}

/** Throws 409 illegal_transition (naming the allowed events), 403 forbidden or 422 comment_required. */
export function decideTransition(service: ServiceDefinition, status: string, event: string, role: WorkflowRole, comment?: string) {
  const decision = nextStatus(service.workflow, status, event, role, comment === undefined ? {} : { comment });
  if (decision.ok) return decision;
  switch (decision.code) {
    case 'forbidden_role':
      throw new HttpError(403, 'forbidden', decision.message, [], { reason: 'forbidden_role', allowed: decision.allowed });
    case 'comment_required':
      throw new HttpError(422, 'validation_failed', decision.message, [{ path: 'comment', message: 'A comment is required for this step' }], {
        reason: 'comment_required',
        allowed: decision.allowed,
      });
    default:
      throw new HttpError(409, 'illegal_transition', decision.message, [], { allowed: decision.allowed });
  }
}

export function fireTransition(
  ctx: AppContext,
  sub: SubmissionRow,
  service: ServiceDefinition,
  input: { event: string; role: WorkflowRole; actor: CaseActor; comment?: string; details?: CaseEventDetails; at?: string },
): FiredTransition {
  const decision = decideTransition(service, sub.status, input.event, input.role, input.comment);
  const at = input.at ?? ctx.now().toISOString();
  // The due date stays open while the case waits for the authority's answer (case-steps.ts).
  const decidedAt = isDecision(input.event) ? at : sub.decidedAt;
  const openDueDate = awaitsAnswer(service.workflow, decision.status, decidedAt !== null) ? sub.dueDate : null;
  const changed = ctx.sqlite
    .prepare('UPDATE submissions SET status = ?, status_since = ?, updated_at = ?, open_due_date = ?, decided_at = ? WHERE id = ? AND status = ?')
    .run(decision.status, at, at, openDueDate, decidedAt, sub.id, sub.status);
  if (changed.changes !== 1) throw conflict('The case changed meanwhile; reload it and try again');

  const target = service.workflow.states.find((s) => s.id === decision.status);
  addCaseEvent(ctx, {
    submissionId: sub.id,
    at,
    kind: 'status',
    actorKind: input.actor.kind,
    actorUserId: input.actor.kind === 'handler' ? input.actor.userId : null,
    event: input.event,
    fromStatus: sub.status,
    toStatus: decision.status,
    body: input.comment?.trim() || null,
    detailsJson: input.details ? detailsJson(input.details) : null,
    // The customer sees a step only when it lands in a status they see.
    customerVisible: target?.customerVisible ? 1 : 0,
  });
  // A first decision starts counting the case in the service's processing-time estimate; a cancellation ends it.
  noteCaseStep(ctx, sub, service.workflow);
  writeAudit(ctx, {
    actor: auditActor(input.actor),
    action: 'case.transition',
    targetType: 'submission',
    targetId: sub.id,
    details: { event: input.event, from: sub.status, to: decision.status, comment: input.comment?.trim() || undefined },
  });

  const alertText = decision.transition.customerAlert;
  if (input.actor.kind === 'handler' && alertText && localize(alertText, sub.lang)) {
    queueCustomerAlert(ctx, { toEmail: sub.contactEmail, lang: sub.lang, submissionId: sub.id, authorityId: sub.authorityId }, 'status_changed', {
      kind: 'status_changed',
      reference: sub.reference,
      serviceName: localize(service.name, sub.lang),
      statusLabel: statusLabel(service, decision.status, sub.lang),
      alertText: localize(alertText, sub.lang),
      link: customerCaseLink(ctx.config, sub.lang, sub.id),
    });
  }
  if (input.actor.kind === 'customer' && target?.final) {
    queueAuthorityAlert(ctx, { authorityId: sub.authorityId, submissionId: sub.id }, {
      kind: 'cancelled',
      reference: sub.reference,
      serviceName: service.name,
      link: deskCaseLink(ctx.config, sub.id),
    });
  }
  return { from: sub.status, status: decision.status, transition: decision.transition, at };
}
