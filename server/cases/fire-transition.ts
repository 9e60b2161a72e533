/**
 * Moving a case's status. The workflow's compiled machine decides (`nextStatus`); this module only
 * turns its refusals into HTTP errors and plans the consequences (the new status, the history
 * event, the audit row and the alerts) as one CaseChange that the case repository writes at once.
 */
import { localize } from '../../form-library/format/localize';
import type { ServiceDefinition } from '../../form-library/format/types';
import type { WorkflowRole, WorkflowTransition } from '../../workflows/format/types';
import { awaitsAnswer, isDecision } from '../../workflows/machine/case-steps';
import { nextStatus } from '../../workflows/machine/next-status';
import { customerCaseLink, deskCaseLink } from '../alerts/links';
import { authorityAlertRow, customerAlertRow } from '../alerts/outbox';
import { auditRecord } from '../audit/log';
import type { AppContext } from '../context';
import { caseTimeChange, caseTimeNoted } from '../estimates/case-times';
import { conflict, HttpError } from '../http/errors';
import { statusLabel } from '../submissions/pinned-service';
import { auditActorOf, eventActor, type CaseActor } from './case-actor';
import type { CaseEventDetails } from './case-event-details';
import type { CaseChange, SubmissionRow } from './case-repository';

export type { CaseActor } from './case-actor';

export interface FiredTransition {
  from: string;
  status: string;
  transition: WorkflowTransition;
  at: string;
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

export interface TransitionInput {
  event: string;
  role: WorkflowRole;
  actor: CaseActor;
  comment?: string;
  details?: CaseEventDetails;
  at?: string;
}

/** The step and everything it writes, not yet written: a caller may add to the change (a decision, a read mark). */
export async function planTransition(ctx: AppContext, sub: SubmissionRow, service: ServiceDefinition, input: TransitionInput): Promise<{ fired: FiredTransition; change: CaseChange }> {
  const decision = decideTransition(service, sub.status, input.event, input.role, input.comment);
  const at = input.at ?? ctx.now().toISOString();
  // The due date stays open while the case waits for the authority's answer (case-steps.ts).
  const decidedAt = isDecision(input.event) ? at : sub.decidedAt;
  const openDueDate = awaitsAnswer(service.workflow, decision.status, decidedAt !== null) ? sub.dueDate : null;
  const target = service.workflow.states.find((s) => s.id === decision.status);
  const change: CaseChange = {
    submissionId: sub.id,
    at,
    status: { from: sub.status, to: decision.status, openDueDate, decidedAt },
    events: [
      {
        kind: 'status',
        ...eventActor(input.actor, input.details ?? null),
        event: input.event,
        fromStatus: sub.status,
        toStatus: decision.status,
        body: input.comment?.trim() || null,
        // The customer sees a step only when it lands in a status they see.
        customerVisible: target?.customerVisible ? 1 : 0,
      },
    ],
    audits: [
      auditRecord(ctx, {
        actor: auditActorOf(input.actor),
        action: 'case.transition',
        targetType: 'submission',
        targetId: sub.id,
        details: { event: input.event, from: sub.status, to: decision.status, comment: input.comment?.trim() || undefined },
      }),
    ],
    alerts: [],
    // A first decision starts counting the case in the service's processing-time estimate; a cancellation ends it.
    caseTime: await caseTimeChange(ctx, sub, service.workflow, { at, event: input.event, toStatus: decision.status }),
  };

  const alertText = decision.transition.customerAlert;
  // The customer hears of the authority's steps, whether a handler or the case-management system took them.
  if (input.actor.kind !== 'customer' && alertText && localize(alertText, sub.lang)) {
    change.alerts.push(customerAlertRow(ctx, { toEmail: sub.contactEmail, lang: sub.lang, submissionId: sub.id, authorityId: sub.authorityId }, 'status_changed', {
      kind: 'status_changed',
      reference: sub.reference,
      serviceName: localize(service.name, sub.lang),
      statusLabel: statusLabel(service, decision.status, sub.lang),
      alertText: localize(alertText, sub.lang),
      link: customerCaseLink(ctx.config, sub.lang, sub.id),
    }));
  }
  if (input.actor.kind === 'customer' && target?.final) {
    change.alerts.push(authorityAlertRow(ctx, { authorityId: sub.authorityId, submissionId: sub.id }, {
      kind: 'cancelled',
      reference: sub.reference,
      serviceName: service.name,
      link: deskCaseLink(ctx.config, sub.id),
    }));
  }
  return { fired: { from: sub.status, status: decision.status, transition: decision.transition, at }, change };
}

/**
 * Writes a planned change; 409 when the case moved meanwhile (nothing is written then). A change
 * that claims files answers `attachmentTaken` (the answer's path) when another case has one.
 */
export async function applyCaseChange(ctx: AppContext, change: CaseChange): Promise<{ decisionId: number | null; attachmentTaken: string | null }> {
  const { applied, decisionId, attachmentTaken } = await ctx.repos.cases.apply(change);
  if (!applied && attachmentTaken === null) throw conflict('The case changed meanwhile; reload it and try again');
  if (applied && change.caseTime) caseTimeNoted(ctx, change.caseTime);
  return { decisionId, attachmentTaken };
}

/** Moves the case's status with its consequences, as one unit of work; `readBy`: the handler has seen it. */
export async function fireTransition(ctx: AppContext, sub: SubmissionRow, service: ServiceDefinition, input: TransitionInput & { readBy?: number }): Promise<FiredTransition> {
  const { fired, change } = await planTransition(ctx, sub, service, input);
  await applyCaseChange(ctx, input.readBy === undefined ? change : { ...change, readBy: input.readBy });
  return fired;
}
