/**
 * Removing a case as spam (a flood of sends, a form filled with junk): what "delete" means here.
 * The case is soft-deleted: `removed_at`/`removed_by` are set and from then on it is in no inbox,
 * count, export, desk alert or customer view (every read of one submission, and the inbox's
 * filters, skip removed rows; a trigger takes it out of the inbox's tallies). Alerts about it not
 * yet mailed, to the customer or the authority, are withheld (status 'withheld'), so a spammer's
 * victim gets no more receipts. Nothing is erased: the row, its history and attachments stay for
 * the audit log, which records who removed it, when and why. Removal cannot be undone in the app.
 */
import { writeAudit } from '../audit/log';
import type { StaffPrincipal } from '../auth/principals';
import type { AppContext } from '../context';
import { forgetRemovedCase } from '../estimates/case-times';
import { notFound } from '../http/errors';
import type { SubmissionRow } from './submission-row';

export function removeAsSpam(ctx: AppContext, sub: SubmissionRow, staff: StaffPrincipal, reason: string | undefined): void {
  ctx.sqlite.transaction(() => {
    const at = ctx.now().toISOString();
    const removed = ctx.sqlite
      // Its open due date goes too: it waits for no answer, and the inbox's due ranges are read from that index alone.
      .prepare('UPDATE submissions SET removed_at = ?, removed_by = ?, open_due_date = NULL WHERE id = ? AND removed_at IS NULL')
      .run(at, staff.id, sub.id);
    if (removed.changes !== 1) throw notFound('No such case');
    forgetRemovedCase(ctx, sub);
    const withheld = ctx.sqlite
      .prepare(`UPDATE outbox SET status = 'withheld', next_attempt_at = NULL WHERE submission_id = ? AND status IN ('pending', 'kept')`)
      .run(sub.id).changes;
    ctx.sqlite.prepare(`UPDATE outbox SET read_at = COALESCE(read_at, ?) WHERE submission_id = ? AND audience = 'authority'`).run(at, sub.id);
    writeAudit(ctx, {
      actor: { kind: 'staff', userId: staff.id, email: staff.email },
      action: 'case.remove_spam',
      targetType: 'submission',
      targetId: sub.id,
      details: { reference: sub.reference, contactEmail: sub.contactEmail, reason: reason ?? null, alertsWithheld: withheld },
    });
  })();
}
