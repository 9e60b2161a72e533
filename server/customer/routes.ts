/**
 * The customer's side: sign-in by e-mailed code, their own submissions, supplements, cancelling
 * and messages. A customer sees exactly the submissions whose contact e-mail is theirs; a person
 * identified strongly, their own or, acting for a company, the company's (permissions/acting-for.ts);
 * any other id answers 404 as if it did not exist.
 */
import { Router, type Request } from 'express';
import { API } from '../../api-contract/routes';
import type { ServiceDefinition } from '../../form-library/format/types';
import { maySeeAsCustomer } from '../../permissions/acting-for';
import { attachmentById, sendAttachment } from '../attachments/store';
import { customerOf } from '../auth/guards';
import { createSession, destroySession } from '../auth/sessions';
import { writeAudit } from '../audit/log';
import { requestLang } from '../cases/request-lang';
import { submissionById, type SubmissionRow } from '../cases/submission-row';
import type { AppContext } from '../context';
import { sendValidationModule } from '../forms/routes';
import { on } from '../http/contract-route';
import { HttpError, notFound, unauthenticated } from '../http/errors';
import { appLimiter, clientAddress, limitRequests } from '../limits/rate-limit';
import { pinnedService } from '../submissions/pinned-service';
import { ownDecision, sendDecisionDocument, sendDecisionFile } from '../cases/decision-files';
import { cancel, messageToAuthority, previewSupplement, supplement } from './customer-actions';
import { mySubmission, mySubmissions, myStatus } from './customer-view';
import { CODE_MINUTES, issueCode, redeemCode } from './sign-in-codes';
import { customerViewerOf } from '../mandates/acting-for';
import { normalizeEmail } from '../../form-library/contact';

interface OwnSubmission {
  sub: SubmissionRow;
  service: ServiceDefinition;
  /** The strongly identified person acting, by key (for the history and the audit log); undefined for an e-mail customer. */
  personKey: string | undefined;
}

/** The submission if the request's customer sees it (permissions/acting-for.ts; a company's mandate checked now), else 404. */
async function ownSubmission(ctx: AppContext, req: Request, id: number): Promise<OwnSubmission> {
  const viewer = await customerViewerOf(ctx, req);
  const sub = await submissionById(ctx, id);
  if (!sub || !maySeeAsCustomer(viewer, sub)) throw notFound('No such submission');
  const service = await pinnedService(ctx, sub.packId, sub.packVersion, sub.serviceId);
  if (!service) throw notFound('The e-service of this submission is not available');
  return { sub, service, personKey: viewer.kind === 'email' ? undefined : viewer.personKey };
}

function emailOf(body: unknown): string {
  return typeof body === 'object' && body !== null && 'email' in body && typeof body.email === 'string' ? normalizeEmail(body.email).slice(0, 254) : '';
}

export function customerRoutes(ctx: AppContext): Router {
  const router = Router();
  const limiter = (name: string, limit: number, message: string, perEmail: boolean) =>
    limitRequests(ctx, appLimiter(ctx, { name, limit, windowMs: 15 * 60_000, message }), {
      who: (req) => (perEmail ? `${clientAddress(req)}|${emailOf(req.body)}` : clientAddress(req)),
    });
  const codeLimiter = limiter('customer-code', 30, 'Too many code requests; wait a while and try again', false);
  const sessionLimiter = limiter('customer-sign-in', 10, 'Too many sign-in attempts; wait a while and try again', true);

  on(router, API.customer.requestCode, { before: [codeLimiter] }, async (req, res, { body }) => {
    await issueCode(ctx, body.email, body.lang ?? requestLang(req));
    // Always the same answer: whether the address is known, or throttled, is not revealed. The
    // code's lifetime is said so the sign-in screen can tell the customer how long they have.
    res.status(202).json({ sent: true, validMinutes: CODE_MINUTES });
  });

  on(router, API.customer.signIn, { before: [sessionLimiter] }, async (req, res, { body }) => {
    const email = normalizeEmail(body.email);
    if (!await redeemCode(ctx, email, body.code)) throw unauthenticated('Wrong or expired code');
    await createSession(ctx, { kind: 'customer', email }, req, res);
    await writeAudit(ctx, { actor: { kind: 'customer', email }, action: 'customer.login', targetType: 'customer', targetId: email });
    res.json({ email });
  });

  on(router, API.customer.signOut, async (req, res) => {
    await destroySession(ctx, 'customer', req, res);
    res.status(204).end();
  });

  on(router, API.customer.me, (req, res) => {
    res.json({ email: customerOf(req).email });
  });

  on(router, API.customer.list, async (req, res) => {
    res.json(await mySubmissions(ctx, await customerViewerOf(ctx, req), requestLang(req)));
  });

  on(router, API.customer.get, async (req, res, { params }) => {
    const { sub, service } = await ownSubmission(ctx, req, params.id);
    res.json(await mySubmission(ctx, sub, service, requestLang(req, sub.lang)));
  });

  // The supplement form's check for the browser (server/forms/): a submission keeps its version for good.
  on(router, API.customer.validator, async (req, res, { params }) => {
    await sendValidationModule(req, res, (await ownSubmission(ctx, req, params.id)).service.form, 'private');
  });

  on(router, API.customer.attachment, async (req, res, { params }) => {
    const row = await attachmentById(ctx, params.id);
    const sub = row?.submissionId != null ? await submissionById(ctx, row.submissionId) : undefined;
    if (!row || !sub || !maySeeAsCustomer(await customerViewerOf(ctx, req), sub)) throw notFound('No such attachment');
    await sendAttachment(ctx, res, row);
  });

  on(router, API.customer.supplement, async (req, res, { params, body }) => {
    const { sub, service, personKey } = await ownSubmission(ctx, req, params.id);
    const lang = body.lang ?? requestLang(req, sub.lang);
    const message = body.message?.trim() ?? '';
    if (!message && !body.data)
      throw new HttpError(422, 'validation_failed', 'Send changed answers, a message, or both', [{ path: 'message', message: 'Required' }]);
    const status = await supplement(ctx, sub, service, { ...(body.data ? { data: body.data } : {}), message, lang }, personKey);
    // As GET /api/my/submissions/:id shows it: an internal status the action led to stays hidden.
    res.json({ status: await myStatus(ctx, { ...sub, status }, service, lang) });
  });

  // What the supplement would change, checked as on sending; nothing is stored.
  on(router, API.customer.supplementPreview, async (req, res, { params, body }) => {
    const { sub, service } = await ownSubmission(ctx, req, params.id);
    res.json({ changes: await previewSupplement(ctx, sub, service, { data: body.data, lang: body.lang ?? requestLang(req, sub.lang) }) });
  });

  on(router, API.customer.decisionDocument, async (req, res, { params }) => {
    const { sub, service } = await ownSubmission(ctx, req, params.id);
    await sendDecisionDocument(ctx, res, sub, service, await ownDecision(ctx, sub.id, params.decisionId));
  });

  on(router, API.customer.decisionFile, async (req, res, { params }) => {
    const { sub } = await ownSubmission(ctx, req, params.id);
    await sendDecisionFile(ctx, res, await ownDecision(ctx, sub.id, params.decisionId));
  });

  on(router, API.customer.cancel, async (req, res, { params, body }) => {
    const { sub, service, personKey } = await ownSubmission(ctx, req, params.id);
    const status = await cancel(ctx, sub, service, body.reason?.trim() || undefined, personKey);
    res.json({ status: await myStatus(ctx, { ...sub, status }, service, requestLang(req, sub.lang)) });
  });

  on(router, API.customer.message, async (req, res, { params, body }) => {
    const { sub, service, personKey } = await ownSubmission(ctx, req, params.id);
    await messageToAuthority(ctx, sub, service, body.body, personKey);
    res.status(201).json({ ok: true });
  });

  return router;
}
