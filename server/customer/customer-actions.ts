/**
 * What a customer does to their own submission: supplement it when asked (fires SUPPLEMENT with
 * the merged, revalidated answers), cancel it (CANCEL), or write to the authority. Each is one
 * unit of work (a CaseChange) with its history, audit row and the authority's alert.
 */
import type { FieldError, FormData, Lang, ServiceDefinition } from '../../form-library/format/types';
import { validateSubmission } from '../../form-library/validation/validate-submission';
import { deskCaseLink } from '../alerts/links';
import { authorityAlertRow } from '../alerts/outbox';
import { auditRecord } from '../audit/log';
import { applyCaseChange, decideTransition, fireTransition, planTransition, type CaseActor } from '../cases/fire-transition';
import { auditActorOf } from '../cases/case-actor';
import type { SubmissionRow } from '../cases/submission-row';
import type { AppContext } from '../context';
import { HttpError } from '../http/errors';
import { CANCEL_EVENT, SUPPLEMENT_EVENT } from '../../workflows/machine/case-steps';
import { attachmentById, attachmentsOf } from '../attachments/store';
import { supplementChanges, type SupplementChanges } from '../cases/answer-changes';
import type { AnswerLookups } from '../../form-library/answers';
import { attachmentRefs, checkAttachmentRefs, type AttachmentRef } from '../submissions/attachment-refs';
import { submissionMessage } from '../submissions/submission-messages';


const validationFailed = (fields: FieldError[]) => new HttpError(422, 'validation_failed', 'Some answers are invalid', fields);

/** The customer acting: by the submission's contact address, and, strongly identified, by their person key (who acted). */
function actorOf(sub: SubmissionRow, personKey: string | undefined): CaseActor {
  return { kind: 'customer', email: sub.contactEmail, ...(personKey ? { personKey } : {}) };
}

/** Top-level answers in `patch` replace the old ones; the whole is then validated as a new send. */
export function mergeAnswers(old: FormData, patch: FormData | undefined): FormData {
  return patch ? { ...old, ...patch } : old;
}

interface CheckedSupplement {
  before: FormData;
  after: FormData;
  refs: AttachmentRef[];
}

/** The supplement's answers merged, validated as a new send, and their attachments checked (422 on any fault). */
async function checkSupplement(ctx: AppContext, sub: SubmissionRow, service: ServiceDefinition, input: { data?: FormData; message?: string; lang: Lang }): Promise<CheckedSupplement> {
  // Refuse first when the workflow does not allow it now: answers then do not matter.
  decideTransition(service, sub.status, SUPPLEMENT_EVENT, 'customer', input.message || undefined);
  const before = JSON.parse(sub.dataJson) as FormData;
  const validation = validateSubmission(service.form, mergeAnswers(before, input.data), input.lang);
  if (!validation.ok) throw validationFailed(validation.errors);
  const refs = attachmentRefs(service.form, validation.data);
  const attachmentErrors = await checkAttachmentRefs(ctx.repos.attachments.byId, refs, input.lang, sub.id);
  if (attachmentErrors.length) throw validationFailed(attachmentErrors);
  return { before, after: validation.data, refs };
}

/** File names of the attachments the answers before and after refer to (new uploads included). */
async function fileNames(ctx: AppContext, sub: SubmissionRow, refs: AttachmentRef[]): Promise<AnswerLookups> {
  const names = new Map((await attachmentsOf(ctx, sub.id)).map((a) => [a.id, a.name]));
  for (const ref of refs) if (!names.has(ref.id)) names.set(ref.id, (await attachmentById(ctx, ref.id))?.name ?? ref.id);
  return { attachmentName: (id) => names.get(id) };
}

/** What sending this supplement would change, for the customer to check before sending. */
export async function previewSupplement(ctx: AppContext, sub: SubmissionRow, service: ServiceDefinition, input: { data?: FormData; lang: Lang }): Promise<SupplementChanges> {
  // The message is written after the preview; a workflow that requires one is checked on sending.
  const checked = await checkSupplement(ctx, sub, service, { ...input, message: 'message written on sending' });
  return supplementChanges(service.form, checked.before, checked.after, input.lang, await fileNames(ctx, sub, checked.refs));
}

export async function supplement(
  ctx: AppContext,
  sub: SubmissionRow,
  service: ServiceDefinition,
  input: { data?: FormData; message: string; lang: Lang },
  personKey?: string,
): Promise<string> {
  const { before, after, refs } = await checkSupplement(ctx, sub, service, input);

  const { fired, change } = await planTransition(ctx, sub, service, {
    event: SUPPLEMENT_EVENT,
    role: 'customer',
    actor: actorOf(sub, personKey),
    ...(input.message ? { comment: input.message } : {}),
  });
  const written = await applyCaseChange(ctx, {
    ...change,
    dataJson: JSON.stringify(after),
    claimAttachments: refs.map((ref) => ({ id: ref.id, path: ref.path })),
    events: [
      ...change.events,
      {
        kind: 'supplement', actorKind: 'customer', actorUserId: null, event: null, fromStatus: null, toStatus: null,
        body: input.message || null, customerVisible: 1,
        // Every answer before and after: the desk's history shows what changed (answer-changes.ts).
        details: { before, after },
      },
    ],
    audits: [
      ...change.audits,
      auditRecord(ctx, {
        actor: auditActorOf(actorOf(sub, personKey)),
        action: 'case.supplement',
        targetType: 'submission',
        targetId: sub.id,
        details: { changedKeys: Object.keys(input.data ?? {}) },
      }),
    ],
    alerts: [
      ...change.alerts,
      authorityAlertRow(ctx, { authorityId: sub.authorityId, submissionId: sub.id }, {
        kind: 'supplement', reference: sub.reference, serviceName: service.name, link: deskCaseLink(ctx.config, sub.id),
      }),
    ],
  });
  if (written.attachmentTaken !== null) throw validationFailed([{ path: written.attachmentTaken, message: submissionMessage('attachmentTaken', input.lang) }]);
  return fired.status;
}

export async function cancel(ctx: AppContext, sub: SubmissionRow, service: ServiceDefinition, reason: string | undefined, personKey?: string): Promise<string> {
  const fired = await fireTransition(ctx, sub, service, {
    event: CANCEL_EVENT,
    role: 'customer',
    actor: actorOf(sub, personKey),
    ...(reason ? { comment: reason } : {}),
  });
  return fired.status;
}

export async function messageToAuthority(ctx: AppContext, sub: SubmissionRow, service: ServiceDefinition, body: string, personKey?: string): Promise<void> {
  await ctx.repos.cases.apply({
    submissionId: sub.id,
    at: ctx.now().toISOString(),
    events: [{ kind: 'message', actorKind: 'customer', actorUserId: null, event: null, fromStatus: null, toStatus: null, body, details: null, customerVisible: 1 }],
    audits: [auditRecord(ctx, { actor: auditActorOf(actorOf(sub, personKey)), action: 'case.customer_message', targetType: 'submission', targetId: sub.id })],
    alerts: [
      authorityAlertRow(ctx, { authorityId: sub.authorityId, submissionId: sub.id }, {
        kind: 'customer_message', reference: sub.reference, serviceName: service.name, link: deskCaseLink(ctx.config, sub.id),
      }),
    ],
    touch: true,
  });
}
