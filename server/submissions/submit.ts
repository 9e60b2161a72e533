/**
 * Sending a submission: route it to the responsible deployment, validate it against the exact pack
 * version, check its attachments, then write everything as ONE unit of work (submission, claimed
 * attachments, the 'submitted' history event, the authority's alert, the customer's receipt,
 * the audit row) through ctx.repos.submissions. In SQLite the write joins the connection's group
 * commit (sqlite-submission-repository.ts): the promise resolves only after the batch's COMMIT, so
 * the caller still answers only after the submission is durable.
 *
 * Idempotency: a retry with the same key gets the first answer. A send looks its key up before
 * validating and queues its write in the same synchronous step, so a send with the same key that
 * it did not find is still waiting in that very batch: the batch remembers the keys it stored
 * (a batch state), and the writes of a batch run one after another, so two sends with one key
 * cannot both insert. Across processes the unique index on idempotency_key decides and the loser
 * reads the winner's row.
 */
import type { FieldError, FormData, Lang } from '../../form-library/format/types';
import { validateSubmission } from '../../form-library/validation/validate-submission';
import { initialStatus } from '../../workflows/machine/next-status';
import { deskCaseLink, customerCaseLink } from '../alerts/links';
import { authorityAlertRow, customerAlertRow } from '../alerts/outbox';
import type { AppContext } from '../context';
import { conflict, HttpError, notFound } from '../http/errors';
import { authorityName, responsibleDeployment } from '../routing/routing';
import { attachmentRefs, checkAttachmentRefs } from './attachment-refs';
import { checkContact, type Contact } from '../../form-library/contact';
import { pinnedService } from './pinned-service';
import { submissionMessage } from './submission-messages';
import { localize } from '../../form-library/format/localize';
import { awaitsAnswer } from '../../workflows/machine/case-steps';
import { dueDateOf } from '../cases/due-dates';
import type { ProjectPermitLink, StoredSend } from './submission-repository';
import { fillIdentityFields, type IdentifiedPerson } from '../../form-library/identity/identity-fields';
import { maySendIdentifiedAs, type CustomerIdentification } from '../../permissions/permissions';
import { writeAudit } from '../audit/log';

/** Who sends, as their session shows: asked only for a service that requires identification. */
export type SenderIdentity =
  | { identification: 'none' }
  | { identification: 'email'; email: string }
  | { identification: 'strong'; person: IdentifiedPerson; personKey: string; actingFor: { businessId: string; name: string } | null };

export interface SubmitInput {
  deploymentId: number;
  municipality: string;
  data: Record<string, unknown>;
  contact: unknown;
  lang: Lang;
  idempotencyKey: string;
  /**
   * The project permit sent (server/projects): its link to the case and the project data sent in
   * it are written in the send's own unit of work, so they commit with it or not at all.
   */
  projectPermit?: ProjectPermitLink;
  /** The sender's session; read only when the service asks for identification. */
  identity?: () => SenderIdentity;
}

export interface SubmitReceipt {
  id: number;
  reference: string;
  status: string;
  authority: { id: string; name: string };
  submittedAt: string;
  /** The day the answer is due (the deployment's response time), or null. */
  dueDate: string | null;
}

export interface SubmitResult {
  /** false when this was a retry answered with the first result. */
  created: boolean;
  receipt: SubmitReceipt;
}

async function receiptOf(ctx: AppContext, row: StoredSend): Promise<SubmitReceipt> {
  const authority = await ctx.repos.submissions.authorityNames(row.authorityId);
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    authority: { id: row.authorityId, name: authority ? authorityName(authority, row.lang) : row.authorityId },
    submittedAt: row.submittedAt,
    dueDate: row.dueDate,
  };
}

async function retryAnswer(ctx: AppContext, existing: StoredSend, input: SubmitInput): Promise<SubmitResult> {
  if (existing.deploymentId !== input.deploymentId)
    throw conflict('This idempotencyKey was already used for another e-service', [{ path: 'idempotencyKey', message: 'Already used' }]);
  return { created: false, receipt: await receiptOf(ctx, existing) };
}

const validationFailed = (fields: FieldError[]) => new HttpError(422, 'validation_failed', 'Some answers are invalid', fields);

/**
 * The sender as the service requires them, or the refusal: 401 identification_required without a
 * sign-in of that level, 403 strong_identification_required for an e-mail sign-in where strong is needed.
 * A refusal is written to the audit log.
 *
 * A service that asks for no identification still records a strongly identified sender: who acted
 * and, acting for a company, for whom, so the company's representatives find the case among the
 * company's (and the person theirs) as after a strong send. An e-mail sign-in adds nothing there:
 * its customer finds the case by the contact address anyway.
 */
async function senderForOrThrow(ctx: AppContext, required: CustomerIdentification, input: SubmitInput, deploymentId: number): Promise<SenderIdentity> {
  if (required === 'none') {
    const sender = input.identity?.();
    return sender?.identification === 'strong' ? sender : { identification: 'none' };
  }
  const sender = input.identity?.() ?? { identification: 'none' };
  if (maySendIdentifiedAs(required, sender.identification)) return sender;
  const error =
    sender.identification === 'email'
      ? new HttpError(403, 'strong_identification_required', 'This e-service requires strong identification; a sign-in by e-mail code is not enough', [], { required })
      : new HttpError(401, 'identification_required', required === 'strong'
        ? 'This e-service requires strong identification: identify yourself first (POST /api/identification/start)'
        : 'This e-service requires signing in with a code sent to your e-mail first (POST /api/customer/code)', [], { required });
  await writeAudit(ctx, { actor: { kind: 'system' }, action: 'submission.refused', targetType: 'deployment', targetId: deploymentId, details: { code: error.code, required, have: sender.identification } });
  throw error;
}

export async function submit(ctx: AppContext, input: SubmitInput): Promise<SubmitResult> {
  const sends = ctx.repos.submissions;
  const earlier = await sends.byIdempotencyKey(input.idempotencyKey);
  if (earlier) return retryAnswer(ctx, earlier, input);

  const deployment = await responsibleDeployment(ctx, input.deploymentId, input.municipality);
  if (!deployment) {
    if (!await sends.deploymentExists(input.deploymentId)) throw notFound(`No deployment ${input.deploymentId}`);
    throw validationFailed([
      { path: 'municipality', message: submissionMessage('municipalityNotServed', input.lang, { code: input.municipality }) },
    ]);
  }
  const service = await pinnedService(ctx, deployment.packId, deployment.packVersion, deployment.serviceId);
  if (!service) throw notFound(`The e-service of deployment ${deployment.id} is not available`);

  const required = service.identification ?? 'none';
  const sender = await senderForOrThrow(ctx, required, input, deployment.id);
  // The identity's fields (henkilötunnus, names; acting for a company, its name and Y-tunnus, its
  // mandate checked for this very request) come from the identity, whatever the browser sent;
  // a service that asks for no identification is filled by hand, as its page shows it.
  const answers = sender.identification === 'strong' && required !== 'none' ? fillIdentityFields(service.form, input.data, sender.person, sender.actingFor) : input.data;
  const contactCheck = checkContact(input.contact, input.lang);
  const validation = validateSubmission(service.form, answers, input.lang);
  // concat, not push(...): the answers' errors are bounded (data-bounds.ts) but spreading them into
  // a call's arguments would still put every one of them on the stack.
  if (!validation.ok || !contactCheck.ok)
    throw validationFailed((validation.ok ? [] : validation.errors).concat(contactCheck.ok ? [] : contactCheck.errors));
  const data: FormData = validation.data;
  const contact: Contact = contactCheck.contact;
  const refs = attachmentRefs(service.form, data);
  const attachmentErrors = await checkAttachmentRefs(ctx.repos.attachments.byId, refs, input.lang);
  if (attachmentErrors.length) {
    // A retry whose first send committed after the look-up above (PostgreSQL's concurrent sends,
    // another instance) finds its files taken by that very send: it gets the first answer.
    const first = await sends.byIdempotencyKey(input.idempotencyKey);
    if (first) return retryAnswer(ctx, first, input);
    throw validationFailed(attachmentErrors);
  }
  // Read before the store: its consequences are written inside the batch's transaction.
  const place = await sends.municipalityNames(input.municipality);

  const status = initialStatus(service.workflow);
  const outcome = await sends.store(
    {
      idempotencyKey: input.idempotencyKey,
      deploymentId: deployment.id,
      authorityId: deployment.authorityId,
      packId: deployment.packId,
      packVersion: deployment.packVersion,
      serviceId: service.id,
      municipalityCode: input.municipality,
      dataJson: JSON.stringify(data),
      contact,
      lang: input.lang,
      status,
      identification: sender.identification,
      identifiedPersonKey: sender.identification === 'strong' ? sender.personKey : null,
      actingFor: sender.identification === 'strong' ? sender.actingFor : null,
      attachments: refs.map((ref) => ({ id: ref.id, path: ref.path })),
      projectPermit: input.projectPermit,
      dueDates: (at) => {
        const dueDate = dueDateOf(at, deployment.respondWithinDays);
        // A new case waits for the answer unless its workflow starts in a final status.
        return { dueDate, openDueDate: awaitsAnswer(service.workflow, status, false) ? dueDate : null };
      },
      consequences: ({ id, reference, at }) => {
        return {
          alerts: [
            authorityAlertRow(ctx, { authorityId: deployment.authorityId, submissionId: id }, {
              kind: 'new_submission',
              reference,
              serviceName: service.name,
              municipalityName: place ? { fi: place.nameFi, sv: place.nameSv, en: place.nameFi } : { fi: input.municipality },
              link: deskCaseLink(ctx.config, id),
            }),
            customerAlertRow(ctx, { toEmail: contact.email, lang: input.lang, submissionId: id, authorityId: deployment.authorityId }, 'receipt', {
              kind: 'receipt',
              reference,
              serviceName: localize(service.name, input.lang),
              link: customerCaseLink(ctx.config, input.lang, id),
            }),
          ],
          audit: {
            at,
            actor: { kind: 'customer', email: contact.email },
            action: 'submission.create',
            targetType: 'submission',
            targetId: id,
            details: {
              reference, deploymentId: deployment.id, packVersion: deployment.packVersion, identification: sender.identification,
              // Who acted, by key, and for whom: the henkilötunnus never reaches the audit log.
              ...(sender.identification === 'strong' ? { personKey: sender.personKey, actingFor: sender.actingFor?.businessId ?? null } : {}),
            },
          },
        };
      },
    },
    () => ctx.now(),
  );
  switch (outcome.kind) {
    case 'created':
      return { created: true, receipt: await receiptOf(ctx, outcome.send) };
    case 'existing':
      return retryAnswer(ctx, outcome.send, input);
    default:
      throw validationFailed([{ path: outcome.path, message: submissionMessage('attachmentTaken', input.lang) }]);
  }
}
