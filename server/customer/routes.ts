/**
 * The customer's side: sign-in by e-mailed code, their own submissions, supplements, cancelling
 * and messages. A customer sees exactly the submissions whose contact e-mail is theirs; any other
 * id answers 404 as if it did not exist.
 */
import { Router, type Request } from 'express';
import { LANGS, type ServiceDefinition } from '../../form-library/format/types';
import { attachmentById, sendAttachment } from '../attachments/store';
import { customerOf, requireCustomer } from '../auth/guards';
import { createSession, destroySession } from '../auth/sessions';
import { writeAudit } from '../audit/log';
import { requestLang } from '../cases/request-lang';
import { parseId, submissionById, type SubmissionRow } from '../cases/submission-row';
import type { AppContext } from '../context';
import { sendValidationModule } from '../forms/routes';
import { HttpError, notFound, unauthenticated } from '../http/errors';
import { appLimiter, clientAddress, limitRequests } from '../limits/rate-limit';
import { parseBody, v } from '../http/validate';
import { pinnedService } from '../submissions/pinned-service';
import { cancel, messageToAuthority, supplement } from './customer-actions';
import { mySubmission, mySubmissions, myStatus } from './customer-view';
import { issueCode, redeemCode } from './sign-in-codes';
import { normalizeEmail } from '../../form-library/contact';

const EMAIL = v.string({ min: 3, max: 254, controls: 'line', pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, patternMessage: 'Must be an email address' });
const CodeRequestBody = v.object({ email: EMAIL, lang: v.optional(v.oneOf(LANGS)) });
const SessionBody = v.object({ email: EMAIL, code: v.string({ min: 6, max: 6, pattern: /^\d{6}$/, patternMessage: 'Must be the 6-digit code' }) });
const SupplementBody = v.object({
  data: v.optional(v.record()),
  message: v.optional(v.string({ max: 5000 })),
  lang: v.optional(v.oneOf(LANGS)),
});
const CancelBody = v.object({ reason: v.optional(v.string({ max: 5000 })) });
const MessageBody = v.object({ body: v.string({ min: 1, max: 5000 }) });

interface OwnSubmission {
  sub: SubmissionRow;
  service: ServiceDefinition;
}

function ownSubmission(ctx: AppContext, req: Request): OwnSubmission {
  const customer = customerOf(req);
  const id = parseId(req.params.id);
  const sub = id === null ? undefined : submissionById(ctx, id);
  if (!sub || sub.contactEmail !== customer.email) throw notFound('No such submission');
  const service = pinnedService(ctx, sub.packId, sub.packVersion, sub.serviceId);
  if (!service) throw notFound('The e-service of this submission is not available');
  return { sub, service };
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
  const signedIn = requireCustomer();

  router.post('/customer/code', codeLimiter, (req, res) => {
    const body = parseBody(CodeRequestBody, req.body);
    issueCode(ctx, body.email, body.lang ?? requestLang(req));
    // Always the same answer: whether the address is known, or throttled, is not revealed.
    res.status(202).json({ sent: true });
  });

  router.post('/customer/session', sessionLimiter, (req, res) => {
    const body = parseBody(SessionBody, req.body);
    const email = normalizeEmail(body.email);
    if (!redeemCode(ctx, email, body.code)) throw unauthenticated('Wrong or expired code');
    createSession(ctx, { kind: 'customer', email }, req, res);
    writeAudit(ctx, { actor: { kind: 'customer', email }, action: 'customer.login', targetType: 'customer', targetId: email });
    res.json({ email });
  });

  router.post('/customer/logout', (req, res) => {
    destroySession(ctx, 'customer', req, res);
    res.status(204).end();
  });

  router.get('/customer/me', signedIn, (req, res) => {
    res.json({ email: customerOf(req).email });
  });

  router.get('/my/submissions', signedIn, (req, res) => {
    res.json(mySubmissions(ctx, customerOf(req).email, requestLang(req)));
  });

  router.get('/my/submissions/:id', signedIn, (req, res) => {
    const { sub, service } = ownSubmission(ctx, req);
    res.json(mySubmission(ctx, sub, service, requestLang(req, sub.lang)));
  });

  // The supplement form's check for the browser (server/forms/): a submission keeps its version for good.
  router.get('/my/submissions/:id/validator.js', signedIn, async (req, res) => {
    await sendValidationModule(req, res, ownSubmission(ctx, req).service.form, 'private');
  });

  router.get('/my/attachments/:id', signedIn, async (req, res) => {
    const row = attachmentById(ctx, String(req.params.id));
    const sub = row?.submissionId != null ? submissionById(ctx, row.submissionId) : undefined;
    if (!row || !sub || sub.contactEmail !== customerOf(req).email) throw notFound('No such attachment');
    await sendAttachment(ctx, res, row);
  });

  router.post('/my/submissions/:id/supplement', signedIn, (req, res) => {
    const { sub, service } = ownSubmission(ctx, req);
    const body = parseBody(SupplementBody, req.body);
    const lang = body.lang ?? requestLang(req, sub.lang);
    const message = body.message?.trim() ?? '';
    if (!message && !body.data)
      throw new HttpError(422, 'validation_failed', 'Send changed answers, a message, or both', [{ path: 'message', message: 'Required' }]);
    const status = supplement(ctx, sub, service, { ...(body.data ? { data: body.data } : {}), message, lang });
    // As GET /api/my/submissions/:id shows it: an internal status the action led to stays hidden.
    res.json({ status: myStatus(ctx, { ...sub, status }, service, lang) });
  });

  router.post('/my/submissions/:id/cancel', signedIn, (req, res) => {
    const { sub, service } = ownSubmission(ctx, req);
    const body = parseBody(CancelBody, req.body ?? {});
    const status = cancel(ctx, sub, service, body.reason?.trim() || undefined);
    res.json({ status: myStatus(ctx, { ...sub, status }, service, requestLang(req, sub.lang)) });
  });

  router.post('/my/submissions/:id/messages', signedIn, (req, res) => {
    const { sub, service } = ownSubmission(ctx, req);
    const { body } = parseBody(MessageBody, req.body);
    messageToAuthority(ctx, sub, service, body);
    res.status(201).json({ ok: true });
  });

  return router;
}
