/**
 * The handler desk: inbox, one case, status steps, notes, messages, assignment, attachments.
 * Handlers and admins see only their own authority's cases; any other case answers 404, exactly
 * like a case that does not exist, so ids reveal nothing.
 */
import { Router, type Request } from 'express';
import { localize } from '../../form-library/format/localize';
import type { ServiceDefinition } from '../../form-library/format/types';
import { attachmentById, sendAttachment } from '../attachments/store';
import { requireStaff, staffOf } from '../auth/guards';
import type { StaffPrincipal } from '../auth/principals';
import type { AppContext } from '../context';
import { badRequest, forbidden, notFound } from '../http/errors';
import { parseBody, v } from '../http/validate';
import { pinnedService } from '../submissions/pinned-service';
import { authorityServices, serviceName } from './authority-services';
import { assignCase, addNote, sendMessageToCustomer } from './case-actions';
import { caseView, statusRef } from './case-view';
import { fireTransition } from './fire-transition';
import { parseInboxFilters } from './inbox-filters';
import { segmentOrderFor } from './inbox-order';
import { queryInbox } from './inbox-query';
import { removeAsSpam } from './remove-spam';
import { isBusy } from '../db/busy';
import { requestLang } from './request-lang';
import { markRead, parseId, submissionById, type SubmissionRow } from './submission-row';

const TransitionBody = v.object({
  event: v.string({ min: 1, max: 64, pattern: /^[A-Z][A-Z0-9_]*$/, patternMessage: 'Must be a workflow event such as RECEIVE' }),
  comment: v.optional(v.string({ max: 5000 })),
});
const TextBody = v.object({ body: v.string({ min: 1, max: 5000 }) });
const AssignBody = v.object({ userId: v.nullable(v.integer({ min: 1 })) });
const SpamBody = v.object({ reason: v.optional(v.string({ max: 1000 })) });

function ownAuthority(staff: StaffPrincipal): string {
  if (!staff.authorityId) throw forbidden('Only staff of an authority work its cases');
  return staff.authorityId;
}

interface OwnCase {
  staff: StaffPrincipal;
  sub: SubmissionRow;
  service: ServiceDefinition;
}

function ownCase(ctx: AppContext, req: Request): OwnCase {
  const staff = staffOf(req);
  const authorityId = ownAuthority(staff);
  const id = parseId(req.params.id);
  const sub = id === null ? undefined : submissionById(ctx, id);
  if (!sub || sub.authorityId !== authorityId) throw notFound('No such case');
  const service = pinnedService(ctx, sub.packId, sub.packVersion, sub.serviceId);
  if (!service) throw notFound('The e-service of this case is not available');
  return { staff, sub, service };
}

export function caseRoutes(ctx: AppContext): Router {
  const router = Router();
  const desk = requireStaff('handler', 'admin');

  router.get('/inbox', desk, (req, res) => {
    const staff = staffOf(req);
    const authorityId = ownAuthority(staff);
    const lang = requestLang(req);
    const parsed = parseInboxFilters(req.query as Record<string, unknown>, staff.id);
    if (!parsed.ok) throw badRequest('Some inbox filters are invalid', parsed.fields);
    const page = queryInbox(ctx.sqlite, authorityId, staff.id, parsed.filters, segmentOrderFor(ctx, authorityId));
    res.json({
      items: page.rows.map((r) => {
        const service = pinnedService(ctx, r.packId, r.packVersion, r.serviceId);
        return {
          id: r.id,
          reference: r.reference,
          service: { id: r.serviceId, name: service ? localize(service.name, lang) : r.serviceId },
          customerName: r.customerName,
          municipality: r.municipality,
          status: statusRef(service, r.status, lang),
          submittedAt: r.submittedAt,
          statusSince: r.statusSince,
          assignee: r.assigneeId !== null ? { id: r.assigneeId, name: r.assigneeName ?? String(r.assigneeId) } : null,
          unread: r.unread === 1,
        };
      }),
      nextCursor: page.nextCursor,
      counts: page.counts,
      countsExact: page.countsExact,
    });
  });

  router.get('/desk/services', desk, (req, res) => {
    const authorityId = ownAuthority(staffOf(req));
    const lang = requestLang(req);
    const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    const services = authorityServices(ctx, authorityId).map((s) => ({
      id: s.serviceId,
      name: serviceName(s, lang),
      pack: { slug: s.packSlug, version: s.packVersion },
      active: s.active,
    }));
    res.json(services.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)));
  });

  router.get('/cases/:id', desk, (req, res) => {
    const { staff, sub, service } = ownCase(ctx, req);
    try {
      markRead(ctx, sub.id, staff.id, ctx.now().toISOString());
    } catch (err) {
      // Reading a case must not fail while another process holds the write lock; it shows as unread a while longer.
      if (!isBusy(err)) throw err;
    }
    res.json(caseView(ctx, sub, service, 'handler', requestLang(req)));
  });

  router.post('/cases/:id/transitions', desk, (req, res) => {
    const { staff, sub, service } = ownCase(ctx, req);
    const body = parseBody(TransitionBody, req.body);
    const fired = ctx.sqlite.transaction(() => {
      const result = fireTransition(ctx, sub, service, {
        event: body.event,
        role: 'handler',
        actor: { kind: 'handler', userId: staff.id, email: staff.email },
        ...(body.comment !== undefined && body.comment !== '' ? { comment: body.comment } : {}),
      });
      markRead(ctx, sub.id, staff.id, ctx.now().toISOString());
      return result;
    })();
    res.json({ status: fired.status, statusRef: statusRef(service, fired.status, requestLang(req)) });
  });

  router.post('/cases/:id/notes', desk, (req, res) => {
    const { staff, sub } = ownCase(ctx, req);
    const { body } = parseBody(TextBody, req.body);
    addNote(ctx, sub, staff, body);
    res.status(201).json({ ok: true });
  });

  router.post('/cases/:id/messages', desk, (req, res) => {
    const { staff, sub, service } = ownCase(ctx, req);
    const { body } = parseBody(TextBody, req.body);
    sendMessageToCustomer(ctx, sub, service, staff, body);
    res.status(201).json({ ok: true });
  });

  router.post('/cases/:id/assign', desk, (req, res) => {
    const { staff, sub } = ownCase(ctx, req);
    const { userId } = parseBody(AssignBody, req.body);
    const assignee = assignCase(ctx, sub, staff, userId);
    res.json({ assignee });
  });

  router.post('/cases/:id/spam', desk, (req, res) => {
    const { staff, sub } = ownCase(ctx, req);
    const { reason } = parseBody(SpamBody, req.body ?? {});
    removeAsSpam(ctx, sub, staff, reason || undefined);
    res.json({ id: sub.id, reference: sub.reference, removed: true });
  });

  router.get('/cases/:id/attachments/:attachmentId', desk, async (req, res) => {
    const { sub } = ownCase(ctx, req);
    const row = attachmentById(ctx, String(req.params.attachmentId));
    if (!row || row.submissionId !== sub.id) throw notFound('No such attachment in this case');
    await sendAttachment(ctx, res, row);
  });

  return router;
}
