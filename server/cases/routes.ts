/**
 * The handler desk: inbox, one case, status steps, notes, messages, assignment, attachments.
 * Handlers and admins see only their own authority's cases; any other case answers 404, exactly
 * like a case that does not exist, so ids reveal nothing.
 */
import { Router, type Request } from 'express';
import { API } from '../../api-contract/routes';
import { localize } from '../../form-library/format/localize';
import type { ServiceDefinition } from '../../form-library/format/types';
import { maySeeCase } from '../../permissions/permissions';
import { attachmentById, sendAttachment } from '../attachments/store';
import { staffOf } from '../auth/guards';
import type { StaffPrincipal } from '../auth/principals';
import type { AppContext } from '../context';
import { on } from '../http/contract-route';
import { badRequest, forbidden, notFound } from '../http/errors';
import { pinnedService } from '../submissions/pinned-service';
import { authorityServices, serviceName } from './authority-services';
import { assignCase, addNote, sendMessageToCustomer } from './case-actions';
import { caseView, statusRef } from './case-view';
import { fireTransition } from './fire-transition';
import { inboxFilterRules, parseInboxFilters } from './inbox-filters';
import { segmentOrderFor } from './inbox-order';
import { queryInbox } from './inbox-query';
import { removeAsSpam } from './remove-spam';
import { isBusy } from '../db/busy';
import { requestLang } from './request-lang';
import { markRead, submissionById, type SubmissionRow } from './submission-row';

function ownAuthority(staff: StaffPrincipal): string {
  if (!staff.authorityId) throw forbidden('Only staff of an authority work its cases');
  return staff.authorityId;
}

interface OwnCase {
  staff: StaffPrincipal;
  sub: SubmissionRow;
  service: ServiceDefinition;
}

function ownCase(ctx: AppContext, req: Request, id: number): OwnCase {
  const staff = staffOf(req);
  ownAuthority(staff);
  const sub = submissionById(ctx, id);
  if (!sub || !maySeeCase(staff, sub)) throw notFound('No such case');
  const service = pinnedService(ctx, sub.packId, sub.packVersion, sub.serviceId);
  if (!service) throw notFound('The e-service of this case is not available');
  return { staff, sub, service };
}

export function caseRoutes(ctx: AppContext): Router {
  const router = Router();

  on(router, API.desk.inbox, { queryRules: (req) => inboxFilterRules(req.query, staffOf(req).id) }, (req, res) => {
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

  on(router, API.desk.services, (req, res) => {
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

  on(router, API.desk.case, (req, res, { params }) => {
    const { staff, sub, service } = ownCase(ctx, req, params.id);
    try {
      markRead(ctx, sub.id, staff.id, ctx.now().toISOString());
    } catch (err) {
      // Reading a case must not fail while another process holds the write lock; it shows as unread a while longer.
      if (!isBusy(err)) throw err;
    }
    res.json(caseView(ctx, sub, service, 'handler', requestLang(req)));
  });

  on(router, API.desk.transition, (req, res, { params, body }) => {
    const { staff, sub, service } = ownCase(ctx, req, params.id);
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

  on(router, API.desk.note, (req, res, { params, body }) => {
    const { staff, sub } = ownCase(ctx, req, params.id);
    addNote(ctx, sub, staff, body.body);
    res.status(201).json({ ok: true });
  });

  on(router, API.desk.message, (req, res, { params, body }) => {
    const { staff, sub, service } = ownCase(ctx, req, params.id);
    sendMessageToCustomer(ctx, sub, service, staff, body.body);
    res.status(201).json({ ok: true });
  });

  on(router, API.desk.assign, (req, res, { params, body }) => {
    const { staff, sub } = ownCase(ctx, req, params.id);
    const assignee = assignCase(ctx, sub, staff, body.userId);
    res.json({ assignee });
  });

  on(router, API.desk.spam, (req, res, { params, body }) => {
    const { staff, sub } = ownCase(ctx, req, params.id);
    removeAsSpam(ctx, sub, staff, body.reason || undefined);
    res.json({ id: sub.id, reference: sub.reference, removed: true });
  });

  on(router, API.desk.attachment, async (req, res, { params }) => {
    const { sub } = ownCase(ctx, req, params.id);
    const row = attachmentById(ctx, params.attachmentId);
    if (!row || row.submissionId !== sub.id) throw notFound('No such attachment in this case');
    await sendAttachment(ctx, res, row);
  });

  return router;
}
