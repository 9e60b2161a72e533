/**
 * The events whose names carry a meaning beyond moving the status, shared by the server, the desk
 * and the customer pages: the customer answers a request for more information with SUPPLEMENT and
 * withdraws with CANCEL; DECIDE records the decision document. A handler step that leads to a status
 * from which the customer may SUPPLEMENT is a request for more information: it asks a question
 * and carries a reply deadline.
 */
import type { WorkflowDefinition, WorkflowTransition } from '../format/types';
import { isFinal } from './next-status';

export const SUPPLEMENT_EVENT = 'SUPPLEMENT';
export const CANCEL_EVENT = 'CANCEL';
export const DECIDE_EVENT = 'DECIDE';

/** The customer's days to answer a request for more information when the handler gives no day (the desk proposes the same). */
export const DEFAULT_REPLY_DAYS = 14;

/** Whether firing `t` asks the customer for more information (its target lets the customer supplement). */
export function requestsInformation(def: WorkflowDefinition, t: Pick<WorkflowTransition, 'to' | 'roles'>): boolean {
  if (!t.roles.includes('handler')) return false;
  return def.transitions.some((s) => s.event === SUPPLEMENT_EVENT && s.roles.includes('customer') && s.from.includes(t.to));
}

/**
 * Whether a case in `status` waits for the customer: a handler's request for more information
 * leads there. A status the customer may supplement out of unasked (a notification's "Submitted"
 * before it is acknowledged) is still the authority's turn.
 */
export function waitsForCustomer(def: WorkflowDefinition, status: string): boolean {
  return def.transitions.some((t) => t.to === status && requestsInformation(def, t));
}

/** Whether firing `event` records the decision. */
export function isDecision(event: string): boolean {
  return event === DECIDE_EVENT;
}

/**
 * Whether a case in `status` still waits for the authority's answer, and so still has an open due
 * date: no decision yet, and not in a final status.
 */
export function awaitsAnswer(def: WorkflowDefinition, status: string, decided: boolean): boolean {
  return !decided && !isFinal(def, status);
}
