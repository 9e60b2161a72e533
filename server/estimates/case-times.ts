/**
 * Keeps each decided case's working time (processing_times): planned with every status step of a
 * case (fire-transition.ts) and written in the step's unit of work, forgotten when a case is removed
 * as spam (the case repository's removeAsSpam); and once per database, for the cases
 * decided before the table existed. A case counts from its first decision on, and stops counting
 * if it is cancelled or removed.
 */
import type { WorkflowDefinition } from '../../workflows/format/types';
import type { AppContext } from '../context';
import { serviceOfVersion } from '../routing/pack-content';
import { caseTiming, type StatusStep } from './case-timing';
import type { CaseTimeChange, ProcessingTimeRecord } from './estimate-repository';
import { dropFigures } from './estimate-store';

/** What a case step tells of the case. */
export interface TimedCase {
  id: number;
  serviceId: string;
  authorityId: string;
  submittedAt: string;
}

/**
 * What a status step does to the case's working time, planned with the step and written in its
 * unit of work (CaseChange.caseTime): recorded at its first decision, forgotten when cancelled;
 * undefined when neither. `step` is the step about to be written.
 */
export async function caseTimeChange(ctx: AppContext, sub: TimedCase, workflow: WorkflowDefinition, step: StatusStep): Promise<CaseTimeChange | undefined> {
  const repository = ctx.repos.estimates;
  const timing = caseTiming(workflow, sub.submittedAt, [...await repository.statusSteps(sub.id), step]);
  const kept = await repository.isRecorded(sub.id);
  if (timing.outcome === 'decided' && !kept)
    return {
      kind: 'record',
      entry: { submissionId: sub.id, serviceId: sub.serviceId, authorityId: sub.authorityId, decidedAt: timing.decidedAt, workingMs: timing.workingMs },
    };
  if (timing.outcome === 'cancelled' && kept) return { kind: 'forget', submissionId: sub.id, serviceId: sub.serviceId, authorityId: sub.authorityId };
  return undefined;
}

/** After a case's time was recorded or forgotten (a step, a removal): its service's kept figures are stale. */
export function caseTimeNoted(ctx: AppContext, change: CaseTimeChange): void {
  const { serviceId, authorityId } = change.kind === 'record' ? change.entry : change;
  dropFigures(ctx, serviceId, authorityId);
}

const BATCH = 500;

/**
 * Times the cases decided before processing_times existed, once per database (a settings row says
 * it is done). Walks the submissions with a status step in id order, in batches, each batch's
 * times recorded in its own transaction so requests are not held up for long.
 */
export async function timeOlderCases(ctx: AppContext): Promise<void> {
  const repository = ctx.repos.estimates;
  if (await repository.olderCasesTimed()) return;
  const workflows = new Map<string, WorkflowDefinition | null>();
  const workflowOf = async (packId: number, version: number, serviceId: string) => {
    const k = `${packId}/${version}/${serviceId}`;
    if (!workflows.has(k)) workflows.set(k, (await serviceOfVersion(ctx, packId, version, serviceId))?.workflow ?? null);
    return workflows.get(k) ?? null;
  };
  let afterId = 0;
  for (;;) {
    const batch = await repository.untimedSubmissions(afterId, BATCH);
    if (batch.length === 0) break;
    const decided: ProcessingTimeRecord[] = [];
    for (const sub of batch) {
      const workflow = await workflowOf(sub.packId, sub.packVersion, sub.serviceId);
      if (!workflow) continue;
      const timing = caseTiming(workflow, sub.submittedAt, await repository.statusSteps(sub.id));
      if (timing.outcome === 'decided')
        decided.push({ submissionId: sub.id, serviceId: sub.serviceId, authorityId: sub.authorityId, decidedAt: timing.decidedAt, workingMs: timing.workingMs });
    }
    await repository.recordAll(decided);
    afterId = batch[batch.length - 1].id;
  }
  await repository.markOlderCasesTimed(ctx.now().toISOString());
}
