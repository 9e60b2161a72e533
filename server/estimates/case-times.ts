/**
 * Keeps each decided case's working time (processing_times): after every status step of a case
 * (fire-transition.ts) and when a case is removed as spam; and once per database, for the cases
 * decided before the table existed. A case counts from its first decision on, and stops counting
 * if it is cancelled or removed.
 */
import type { WorkflowDefinition } from '../../workflows/format/types';
import type { AppContext } from '../context';
import { serviceOfVersion } from '../routing/pack-content';
import { caseTiming } from './case-timing';
import { dropFigures, estimateRepository } from './estimate-store';

/** What a case step tells of the case. */
export interface TimedCase {
  id: number;
  serviceId: string;
  authorityId: string;
  submittedAt: string;
}

/** Re-reads the case's status history and keeps, or forgets, its working time; call inside the step's transaction. */
export function noteCaseStep(ctx: AppContext, sub: TimedCase, workflow: WorkflowDefinition): void {
  const repository = estimateRepository(ctx);
  const timing = caseTiming(workflow, sub.submittedAt, repository.statusSteps(sub.id));
  const kept = repository.isRecorded(sub.id);
  if (timing.outcome === 'decided' && !kept)
    repository.record({ submissionId: sub.id, serviceId: sub.serviceId, authorityId: sub.authorityId, decidedAt: timing.decidedAt, workingMs: timing.workingMs });
  else if (timing.outcome === 'cancelled' && kept) repository.forget(sub.id);
  else return;
  dropFigures(ctx, sub.serviceId, sub.authorityId);
}

/** A case removed as spam no longer counts. */
export function forgetRemovedCase(ctx: AppContext, sub: Pick<TimedCase, 'id' | 'serviceId' | 'authorityId'>): void {
  estimateRepository(ctx).forget(sub.id);
  dropFigures(ctx, sub.serviceId, sub.authorityId);
}

const BATCH = 500;

/**
 * Times the cases decided before processing_times existed, once per database (a settings row says
 * it is done). Walks the submissions with a status step in id order, in batches, each in its own
 * transaction so requests are not held up for long.
 */
export function timeOlderCases(ctx: AppContext): void {
  const repository = estimateRepository(ctx);
  if (repository.olderCasesTimed()) return;
  const workflows = new Map<string, WorkflowDefinition | null>();
  const workflowOf = (packId: number, version: number, serviceId: string) => {
    const k = `${packId}/${version}/${serviceId}`;
    if (!workflows.has(k)) workflows.set(k, serviceOfVersion(ctx, packId, version, serviceId)?.workflow ?? null);
    return workflows.get(k) ?? null;
  };
  let afterId = 0;
  for (;;) {
    const batch = repository.untimedSubmissions(afterId, BATCH);
    if (batch.length === 0) break;
    ctx.sqlite.transaction(() => {
      for (const sub of batch) {
        const workflow = workflowOf(sub.packId, sub.packVersion, sub.serviceId);
        if (!workflow) continue;
        const timing = caseTiming(workflow, sub.submittedAt, repository.statusSteps(sub.id));
        if (timing.outcome === 'decided')
          repository.record({ submissionId: sub.id, serviceId: sub.serviceId, authorityId: sub.authorityId, decidedAt: timing.decidedAt, workingMs: timing.workingMs });
      }
    })();
    afterId = batch[batch.length - 1].id;
  }
  repository.markOlderCasesTimed(ctx.now().toISOString());
}
