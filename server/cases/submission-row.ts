/** One submission as the case routes read it, and who has read it (through ctx.repos.cases). */
import type { AppContext } from '../context';

export type { SubmissionRow } from './case-repository';

export function submissionById(ctx: AppContext, id: number) {
  return ctx.repos.cases.byId(id);
}

export async function markRead(ctx: AppContext, submissionId: number, userId: number, at: string): Promise<void> {
  await ctx.repos.cases.markRead(submissionId, userId, at);
}
