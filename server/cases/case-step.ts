/**
 * A status step the authority takes on a case, from the desk or from its case-management system:
 * the same workflow rules (only the handler role's transitions, 409 for an illegal move, a
 * question for a request for more information and its reply deadline), the same history, audit
 * row and customer alert. A decision step taken this way records its written decision (the comment).
 */
import type { ServiceDefinition } from '../../form-library/format/types';
import { isDecision } from '../../workflows/machine/case-steps';
import type { AppContext } from '../context';
import { readerOf, type DeskActor } from './case-actor';
import type { SubmissionRow } from './case-repository';
import { recordDecision } from './decisions';
import { fireTransition, type FiredTransition } from './fire-transition';
import { replyDeadline } from './info-request';

export interface StepInput {
  event: string;
  /** The step's comment; a request for more information's question; a decision's text. */
  comment?: string;
  /** A request for more information: the day to answer by (default two weeks ahead). */
  replyBy?: string;
}

export async function takeStep(ctx: AppContext, sub: SubmissionRow, service: ServiceDefinition, actor: DeskActor, input: StepInput): Promise<FiredTransition> {
  const comment = input.comment !== undefined && input.comment !== '' ? input.comment : undefined;
  const replyBy = replyDeadline(service, sub.status, input.event, input.replyBy, ctx.now());
  const readBy = readerOf(actor);
  if (isDecision(input.event)) return recordDecision(ctx, sub, service, actor, { event: input.event, text: comment ?? null, file: null }, readBy);
  return fireTransition(ctx, sub, service, {
    event: input.event,
    role: 'handler',
    actor,
    ...(comment !== undefined ? { comment } : {}),
    ...(replyBy !== undefined ? { details: { replyBy } } : {}),
    ...(readBy !== undefined ? { readBy } : {}),
  });
}
