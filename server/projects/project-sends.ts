/**
 * Sending a project's permits: each through THE send path of every submission
 * (server/submissions/submit.ts: routing, validation, reference number, alerts, idempotency), with
 * the draft's answers prefilled from the project (and the identity), the project's contact (its
 * e-mail address the e-mail customer's own or the one its strongly identified starter gave), the sender
 * (who acted for whom), and the permit's own idempotency key, so a retry answers the first receipt.
 * The permit's link to its case and the project data sent in it are part of the send's own unit
 * of work (SubmitInput.projectPermit), so they commit with the case.
 */
import type { FieldProblem, SendAllAnswer } from '../../api-contract';
import { localize } from '../../form-library/format/localize';
import type { Lang } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { HttpError } from '../http/errors';
import { submit, type SenderIdentity, type SubmitResult } from '../submissions/submit';
import { draftAnswers, missingAnswers, type PermitState } from './project-permits';
import type { ProjectRecord } from './project-repository';

export function sendPermit(ctx: AppContext, project: ProjectRecord, state: PermitState, sender: SenderIdentity, lang: Lang): Promise<SubmitResult> {
  const { permit } = state;
  return submit(ctx, {
    deploymentId: permit.deploymentId,
    municipality: project.municipalityCode,
    // A sent permit's retry is answered by its key before these are read.
    data: state.sub ? {} : draftAnswers(state, project),
    contact: { name: project.contactName, email: project.contactEmail, phone: project.contactPhone },
    lang,
    idempotencyKey: permit.idempotencyKey,
    projectPermit: { permitId: permit.id, projectDataJson: project.dataJson },
    // Who sends for whom (a company's project: the representative, for the company), as a single send records it.
    identity: () => sender,
  });
}

/**
 * Sends every complete draft, one after another, each its own case to its own authority; drafts
 * still missing answers (or refused by the send's own checks) are listed with their fields.
 */
export async function sendAllPermits(
  ctx: AppContext,
  project: ProjectRecord,
  states: PermitState[],
  sender: SenderIdentity,
  lang: Lang,
): Promise<SendAllAnswer> {
  const answer: SendAllAnswer = { sent: [], notReady: [] };
  for (const state of states) {
    if (state.sub) continue;
    const service = localize(state.service.name, lang);
    const missing = missingAnswers(state, project, lang);
    if (missing.length) {
      answer.notReady.push({ permitId: state.permit.id, service, fields: missing });
      continue;
    }
    try {
      const result = await sendPermit(ctx, project, state, sender, lang);
      answer.sent.push({ permitId: state.permit.id, receipt: result.receipt });
    } catch (err) {
      if (!(err instanceof HttpError) || err.status !== 422) throw err;
      const fields: FieldProblem[] = err.fields.length ? err.fields : [{ path: '', message: err.message }];
      answer.notReady.push({ permitId: state.permit.id, service, fields });
    }
  }
  return answer;
}
