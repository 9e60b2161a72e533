/**
 * A case's history (case_events): written by every case action, read by the handler's view (all
 * of it) and the customer's view (only rows marked customer-visible; notes never are).
 */
import type { AppContext } from '../context';
import type { CaseEventInsert, CaseEventRow } from './case-repository';

export type { CaseEventInsert, CaseEventKind, CaseEventRow } from './case-repository';

export async function addCaseEvent(
  ctx: AppContext,
  row: Omit<CaseEventInsert, 'event' | 'fromStatus' | 'toStatus' | 'body' | 'actorUserId' | 'detailsJson'> & Partial<CaseEventInsert>,
): Promise<void> {
  await ctx.repos.cases.addEvent({ event: null, fromStatus: null, toStatus: null, body: null, actorUserId: null, detailsJson: null, ...row });
}

export async function caseHistory(ctx: AppContext, submissionId: number): Promise<CaseEventRow[]> {
  return ctx.repos.cases.history(submissionId);
}

export async function customerVisibleHistory(ctx: AppContext, submissionId: number): Promise<CaseEventRow[]> {
  return ctx.repos.cases.customerVisibleHistory(submissionId);
}
