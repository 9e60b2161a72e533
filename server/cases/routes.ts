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
import { attachmentOfCase, sendAttachment } from '../attachments/store';
import { staffOf } from '../auth/guards';
import type { StaffPrincipal } from '../auth/principals';
import type { AppContext } from '../context';
import { on } from '../http/contract-route';
import { readOneFile } from '../attachments/multipart';
import { badRequest, forbidden, notFound } from '../http/errors';
import { handlerActor } from './case-actor';
import { takeStep } from './case-step';
import { DECISION_FIELD_BYTES, recordDecisionUpload } from './decision-upload';
import { pinnedService, pinnedServices } from '../submissions/pinned-service';
import { authorityServices, serviceName } from './authority-services';
import { assignCase, addNote, sendMessageToCustomer } from './case-actions';
import { caseView, statusRef } from './case-view';
import { caseProject } from '../projects/case-project';
import { ownDecision, sendDecisionDocument, sendDecisionFile } from './decision-files';
import { helsinkiDay } from './due-dates';
import { inboxFilterRules, parseInboxFilters } from './inbox-filters';
import { segmentOrderFor } from './inbox-order';
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

async function ownCase(ctx: AppContext, req: Request, id: number): Promise<OwnCase> {
  const staff = staffOf(req);
  ownAuthority(staff);
  const sub = await submissionById(ctx, id);
  if (!sub || !maySeeCase(staff, sub)) throw notFound('No such case');
  const service = await pinnedService(ctx, sub.packId, sub.packVersion, sub.serviceId);
  if (!service) throw notFound('The e-service of this case is not available');
  return { staff, sub, service };
}

export function caseRoutes(ctx: AppContext): Router {
  const router = Router();

  on(router, API.desk.inbox, { queryRules: (req) => inboxFilterRules(req.query, staffOf(req).id) }, async (req, res) => {
    const staff = staffOf(req);
    const authorityId = ownAuthority(staff);
    const lang = requestLang(req);
    const parsed = parseInboxFilters(req.query as Record<string, unknown>, staff.id, ctx.now());
    if (!parsed.ok) throw badRequest('Some inbox filters are invalid', parsed.fields);
    const page = await ctx.repos.inbox.page(authorityId, staff.id, parsed.filters, await segmentOrderFor(ctx, authorityId, parsed.filters.sort.key));
    const services = await pinnedServices(ctx, page.rows);
    const today = helsinkiDay(ctx.now());
    res.json({
      items: page.rows.map((r, i) => {
        const service = services[i];
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
          dueDate: r.dueDate,
          dueOpen: r.openDueDate !== null,
          overdue: r.openDueDate !== null && r.openDueDate < today,
        };
      }),
      nextCursor: page.nextCursor,
      counts: page.counts,
      countsExact: page.countsExact,
    });
  });

  on(router, API.desk.services, async (req, res) => {
    const authorityId = ownAuthority(staffOf(req));
    const lang = requestLang(req);
    const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    const services = (await authorityServices(ctx, authorityId)).map((s) => ({
      id: s.serviceId,
      name: serviceName(s, lang),
      pack: { slug: s.packSlug, version: s.packVersion },
      active: s.active,
    }));
    res.json(services.sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1)));
  });

  on(router, API.desk.case, async (req, res, { params }) => {
    const { staff, sub, service } = await ownCase(ctx, req, params.id);
    try {
      await markRead(ctx, sub.id, staff.id, ctx.now().toISOString());
    } catch (err) {
      // Reading a case must not fail while another process holds the write lock; it shows as unread a while longer.
      if (!isBusy(err)) throw err;
    }
    const lang = requestLang(req);
    res.json({ ...await caseView(ctx, sub, service, 'handler', lang), project: await caseProject(ctx, ctx.repos.projects, staff, sub, lang) });
  });

  on(router, API.desk.transition, async (req, res, { params, body }) => {
    const { staff, sub, service } = await ownCase(ctx, req, params.id);
    const fired = await takeStep(ctx, sub, service, handlerActor(staff), body);
    res.json({ status: fired.status, statusRef: statusRef(service, fired.status, requestLang(req)) });
  });

  // A decision written, attached as a PDF, or both (multipart/form-data: event, text, file).
  on(router, API.desk.decision, { before: [readOneFile({ fieldSize: DECISION_FIELD_BYTES })] }, async (req, res, { params }) => {
    const { staff, sub, service } = await ownCase(ctx, req, params.id);
    const fired = await recordDecisionUpload(ctx, sub, service, handlerActor(staff), req.body, req.file);
    res.status(201).json({ status: fired.status, statusRef: statusRef(service, fired.status, requestLang(req)) });
  });

  on(router, API.desk.decisionFile, async (req, res, { params }) => {
    const { sub } = await ownCase(ctx, req, params.id);
    await sendDecisionFile(ctx, res, await ownDecision(ctx, sub.id, params.decisionId));
  });

  on(router, API.desk.decisionDocument, async (req, res, { params }) => {
    const { sub, service } = await ownCase(ctx, req, params.id);
    await sendDecisionDocument(ctx, res, sub, service, await ownDecision(ctx, sub.id, params.decisionId));
  });

  on(router, API.desk.note, async (req, res, { params, body }) => {
    const { staff, sub } = await ownCase(ctx, req, params.id);
    await addNote(ctx, sub, staff, body.body);
    res.status(201).json({ ok: true });
  });

  on(router, API.desk.message, async (req, res, { params, body }) => {
    const { staff, sub, service } = await ownCase(ctx, req, params.id);
    await sendMessageToCustomer(ctx, sub, service, handlerActor(staff), body.body);
    res.status(201).json({ ok: true });
  });

  on(router, API.desk.assign, async (req, res, { params, body }) => {
    const { staff, sub } = await ownCase(ctx, req, params.id);
    const assignee = await assignCase(ctx, sub, staff, body.userId);
    res.json({ assignee });
  });

  on(router, API.desk.spam, async (req, res, { params, body }) => {
    const { staff, sub } = await ownCase(ctx, req, params.id);
    await removeAsSpam(ctx, sub, staff, body.reason || undefined);
    res.json({ id: sub.id, reference: sub.reference, removed: true });
  });

  on(router, API.desk.attachment, async (req, res, { params }) => {
    const { sub } = await ownCase(ctx, req, params.id);
    const row = await attachmentOfCase(ctx, sub.id, params.attachmentId);
    if (!row) throw notFound('No such attachment in this case');
    await sendAttachment(ctx, res, row);
  });

  return router;
}
