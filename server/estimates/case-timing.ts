/**
 * A case's working time (käsittelyaika): from sending to decision, less the time it waited for the
 * customer. Plain rules over the case's status history and its workflow; no database.
 *
 * - A status waits for the customer when a handler's step leads to it and the workflow lets the
 *   customer SUPPLEMENT out of it (e.g. INFO_REQUESTED): read from the definition, never from a
 *   status's name.
 * - The case is decided at its first decision step (DECIDE, which records the decision document,
 *   the desk's `decidedAt`) or, in a workflow without one, when it first reaches a final status
 *   other than a cancelled one (e.g. ACKNOWLEDGED of a notification).
 * - A case is cancelled when it stands in a status the customer's CANCEL leads to; it does not count.
 */
import type { WorkflowDefinition } from '../../workflows/format/types';
import { CANCEL_EVENT, isDecision, waitsForCustomer } from '../../workflows/machine/case-steps';

/** One status step of a case's history (case_events of kind 'status'), in the order they happened. */
export interface StatusStep {
  at: string;
  event: string | null;
  toStatus: string | null;
}

export type CaseTiming =
  | { outcome: 'open' }
  | { outcome: 'cancelled' }
  | { outcome: 'decided'; decidedAt: string; workingMs: number };

/**
 * The statuses in which the case waits for the customer: those a handler's request for more
 * information leads to (a handler step into a status the customer may SUPPLEMENT out of). A status
 * the customer may supplement without being asked, as a notification's "Submitted" before it is
 * acknowledged, is the authority's time.
 */
export function customerWaitStatuses(workflow: WorkflowDefinition): Set<string> {
  return new Set(workflow.states.map((s) => s.id).filter((id) => waitsForCustomer(workflow, id)));
}

/** The statuses a cancellation leads to. */
export function cancelledStatuses(workflow: WorkflowDefinition): Set<string> {
  return new Set(workflow.transitions.filter((t) => t.event === CANCEL_EVENT).map((t) => t.to));
}

function initialStatus(workflow: WorkflowDefinition): string | undefined {
  return workflow.states.find((s) => s.initial)?.id ?? workflow.states[0]?.id;
}

/** Whether this step decides the case: the decision step, or a final status that is not a cancellation. */
function decides(workflow: WorkflowDefinition, cancelled: Set<string>, step: StatusStep): boolean {
  if (step.event !== null && isDecision(step.event)) return true;
  const target = workflow.states.find((s) => s.id === step.toStatus);
  return target?.final === true && !cancelled.has(target.id);
}

/**
 * How the case stands for the estimate, from its sending time and its status steps in order.
 * Waiting after the decision (or a wait the history never closed) is not counted: only waits
 * before the decision are subtracted. The working time is never negative.
 */
export function caseTiming(workflow: WorkflowDefinition, submittedAt: string, steps: readonly StatusStep[]): CaseTiming {
  const waits = customerWaitStatuses(workflow);
  const cancelled = cancelledStatuses(workflow);
  const sentMs = Date.parse(submittedAt);
  let status = initialStatus(workflow);
  let since = sentMs;
  let waitedMs = 0;
  let decided: { decidedAt: string; workingMs: number } | null = null;
  for (const step of steps) {
    const at = Date.parse(step.at);
    if (decided === null && status !== undefined && waits.has(status)) waitedMs += Math.max(0, at - since);
    status = step.toStatus ?? status;
    since = at;
    if (decided === null && decides(workflow, cancelled, step)) decided = { decidedAt: step.at, workingMs: Math.max(0, at - sentMs - waitedMs) };
  }
  if (status !== undefined && cancelled.has(status)) return { outcome: 'cancelled' };
  return decided ? { outcome: 'decided', ...decided } : { outcome: 'open' };
}
