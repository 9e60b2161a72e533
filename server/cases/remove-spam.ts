/**
 * Removing a case as spam (a flood of sends, a form filled with junk): what "delete" means here.
 * The case is soft-deleted: `removed_at`/`removed_by` are set and from then on it is in no inbox,
 * count, export, desk alert or customer view (every read of one submission, and the inbox's
 * filters, skip removed rows; a trigger takes it out of the inbox's tallies). Alerts about it not
 * yet mailed, to the customer or the authority, are withheld (status 'withheld'), so a spammer's
 * victim gets no more receipts. Nothing is erased: the row, its history and attachments stay for
 * the audit log, which records who removed it, when and why. Removal cannot be undone in the app.
 */
import { auditRecord } from '../audit/log';
import type { StaffPrincipal } from '../auth/principals';
import type { AppContext } from '../context';
import { caseTimeNoted } from '../estimates/case-times';
import { notFound } from '../http/errors';
import type { SubmissionRow } from './submission-row';

export async function removeAsSpam(ctx: AppContext, sub: SubmissionRow, staff: StaffPrincipal, reason: string | undefined): Promise<void> {
  const removed = await ctx.repos.cases.removeAsSpam(sub.id, staff.id, ctx.now().toISOString(), (alertsWithheld) =>
    auditRecord(ctx, {
      actor: { kind: 'staff', userId: staff.id, email: staff.email },
      action: 'case.remove_spam',
      targetType: 'submission',
      targetId: sub.id,
      details: { reference: sub.reference, contactEmail: sub.contactEmail, reason: reason ?? null, alertsWithheld },
    }),
  );
  if (!removed) throw notFound('No such case');
  caseTimeNoted(ctx, { kind: 'forget', submissionId: sub.id, serviceId: sub.serviceId, authorityId: sub.authorityId });
}
