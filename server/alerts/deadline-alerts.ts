/**
 * Deadline-near alerts: a deployment may promise an answer within N days of sending. When two
 * days or less remain and the case is not in a final status, the authority gets one
 * 'deadline_near' alert per case (a partial unique index in the outbox keeps it to one, also if
 * two processes check at once).
 */
import { isFinal } from '../../workflows/machine/next-status';
import type { AppContext } from '../context';
import { pinnedService } from '../submissions/pinned-service';
import { deskCaseLink } from './links';
import { authorityAlertRow } from './outbox';
import type { OutboxInsert } from './outbox-repository';

export const DEADLINE_WARNING_DAYS = 2;
const DAY_MS = 24 * 60 * 60_000;

/** The day the answer is due: sending time plus the promised days. */
export function dueAt(submittedAt: string, respondWithinDays: number): Date {
  return new Date(new Date(submittedAt).getTime() + respondWithinDays * DAY_MS);
}

/** Whole days left, rounded up, never negative (an overdue case has 0). */
export function daysLeft(due: Date, now: Date): number {
  return Math.max(0, Math.ceil((due.getTime() - now.getTime()) / DAY_MS));
}

const LOOKBACK_DAYS = 30;

/**
 * Raises the alerts that are due now; returns how many it created. Looks at cases whose due moment
 * lies between 30 days ago (a server that was down still catches up) and two days ahead.
 */
export async function raiseDeadlineAlerts(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const alerts: OutboxInsert[] = [];
  for (const d of await ctx.repos.cases.deploymentsWithResponseTime()) {
    const latest = new Date(now.getTime() + (DEADLINE_WARNING_DAYS - d.days) * DAY_MS).toISOString();
    const earliest = new Date(now.getTime() - (LOOKBACK_DAYS + d.days) * DAY_MS).toISOString();
    for (const c of await ctx.repos.cases.deadlineCandidates(d.id, earliest, latest)) {
      const service = await pinnedService(ctx, c.packId, c.packVersion, c.serviceId);
      if (!service || isFinal(service.workflow, c.status)) continue;
      const due = dueAt(c.submittedAt, d.days);
      alerts.push(authorityAlertRow(ctx, { authorityId: c.authorityId, submissionId: c.id }, {
        kind: 'deadline_near',
        reference: c.reference,
        serviceName: service.name,
        dueDate: due.toISOString().slice(0, 10),
        daysLeft: daysLeft(due, now),
        link: deskCaseLink(ctx.config, c.id),
      }));
    }
  }
  // One unit of work; the outbox keeps one deadline-near alert per case, also if two processes raise them at once.
  return ctx.repos.outbox.insertAll(alerts);
}
