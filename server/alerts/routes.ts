/**
 * Alerts as staff see them. GET /api/admin/outbox: every alert with its delivery state, newest
 * first, by page (admins: their authority's and its customers'; coordinators: all), and
 * POST /api/admin/outbox/:id/retry for a failed one (outbox-admin.ts). GET /api/desk/alerts and
 * POST /api/desk/alerts/:id/read: the alerts addressed to the handler's own authority.
 */
import { Router, type Request } from 'express';
import { API } from '../../api-contract/routes';
import { outboxScope as scopeOf } from '../../permissions/permissions';
import { staffActor } from '../audit/log';
import { staffOf } from '../auth/guards';
import type { AppContext } from '../context';
import { on } from '../http/contract-route';
import { forbidden, notFound } from '../http/errors';
import { outboxPage, retryFailedAlert } from './outbox-admin';

const UNREAD_COUNT_CAP = 1000;
const PAGE = 50;

/** Coordinators see every authority's alerts (null); an admin only their own authority's. */
function outboxScope(req: Request): string | null {
  const scope = scopeOf(staffOf(req));
  if (!scope) throw forbidden('You belong to no authority');
  return scope.all ? null : scope.authorityId;
}

export function alertRoutes(ctx: AppContext): Router {
  const router = Router();

  on(router, API.admin.outbox, async (req, res, { query }) => {
    res.json(
      await outboxPage(ctx.repos.outbox, Boolean(ctx.config.smtpUrl), {
        authorityId: outboxScope(req),
        status: query.status ?? null,
        before: query.cursor === undefined ? null : Number(query.cursor),
        limit: query.limit ?? PAGE,
      }),
    );
  });

  on(router, API.admin.retryAlert, async (req, res, { params }) => {
    res.json(await retryFailedAlert(ctx, params.id, outboxScope(req), staffActor(req)));
  });

  on(router, API.desk.alerts, async (req, res, { query }) => {
    const staff = staffOf(req);
    if (!staff.authorityId) throw forbidden('Only staff of an authority have desk alerts');
    const rows = await ctx.repos.outbox.deskAlerts(staff.authorityId, query.limit ?? PAGE);
    const items = rows.map((r) => ({
      id: r.id, kind: r.kind, submissionId: r.submissionId, reference: r.reference,
      subject: r.subject, body: r.body, createdAt: r.createdAt, readAt: r.readAt,
    }));
    // Counted up to a cap: a badge says "999+" rather than costing a scan of a busy authority's history.
    const unread = await ctx.repos.outbox.unreadCount(staff.authorityId, UNREAD_COUNT_CAP);
    const counts = { unread, unreadCapped: unread >= UNREAD_COUNT_CAP };
    res.json({ items, unread: counts.unread, counts });
  });

  on(router, API.desk.readAlert, async (req, res, { params: { id } }) => {
    const staff = staffOf(req);
    if (!staff.authorityId) throw notFound('No such alert');
    const readAt = await ctx.repos.outbox.markRead(id, staff.authorityId, ctx.now().toISOString());
    if (readAt === null) throw notFound('No such alert');
    res.json({ id, readAt });
  });

  return router;
}
