/**
 * Alerts as staff see them. GET /api/admin/outbox: every alert with its delivery state, newest
 * first, by page (admins: their authority's and its customers'; coordinators: all), and
 * POST /api/admin/outbox/:id/retry for a failed one (outbox-admin.ts). GET /api/desk/alerts and
 * POST /api/desk/alerts/:id/read: the alerts addressed to the handler's own authority.
 */
import { Router, type Request } from 'express';
import { staffActor } from '../audit/log';
import { ownAuthorityOf, requireStaff, staffOf } from '../auth/guards';
import { parseId } from '../cases/submission-row';
import type { AppContext } from '../context';
import { badRequest, forbidden, notFound } from '../http/errors';
import { idParam } from '../http/params';
import { OUTBOX_COLUMNS, OUTBOX_STATES, outboxPage, retryFailedAlert, type OutboxState, type OutboxView } from './outbox-admin';

const UNREAD_COUNT_CAP = 1000;

function limitOf(value: unknown, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badRequest('Bad limit', [{ path: 'limit', message: `Must be 1–${max}` }]);
  return n;
}

function stateOf(value: unknown): OutboxState | null {
  if (value === undefined || value === '') return null;
  const state = OUTBOX_STATES.find((s) => s === value);
  if (!state) throw badRequest('Bad status', [{ path: 'status', message: `Must be one of: ${OUTBOX_STATES.join(', ')}` }]);
  return state;
}

function cursorOf(value: unknown): number | null {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || !/^[1-9]\d{0,14}$/.test(value)) throw badRequest('Bad cursor', [{ path: 'cursor', message: 'Must be a nextCursor of this list' }]);
  return Number(value);
}

/** Coordinators see every authority's alerts (null); an admin only their own authority's. */
function outboxScope(req: Request): string | null {
  return staffOf(req).role === 'coordinator' ? null : ownAuthorityOf(req);
}

export function alertRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/admin/outbox', requireStaff('admin', 'coordinator'), (req, res) => {
    res.json(
      outboxPage(ctx, {
        authorityId: outboxScope(req),
        status: stateOf(req.query.status),
        before: cursorOf(req.query.cursor),
        limit: limitOf(req.query.limit, 50, 200),
      }),
    );
  });

  router.post('/admin/outbox/:id/retry', requireStaff('admin', 'coordinator'), (req, res) => {
    const id = idParam(req.params.id, 'No such alert');
    res.json(retryFailedAlert(ctx, id, outboxScope(req), staffActor(req)));
  });

  router.get('/desk/alerts', requireStaff('handler', 'admin'), (req, res) => {
    const staff = staffOf(req);
    if (!staff.authorityId) throw forbidden('Only staff of an authority have desk alerts');
    const limit = limitOf(req.query.limit, 50, 200);
    // Unread first, newest first; each half walks the (authority_id, read_at) index.
    const page = (readFilter: string, n: number) =>
      n <= 0
        ? []
        : ctx.sqlite
            .prepare<[string, number], OutboxView>(
              `SELECT ${OUTBOX_COLUMNS} FROM outbox o LEFT JOIN submissions s ON s.id = o.submission_id
               WHERE o.authority_id = ? AND o.audience = 'authority' AND ${readFilter} AND s.removed_at IS NULL ORDER BY o.id DESC LIMIT ?`,
            )
            .all(staff.authorityId ?? '', n);
    const unreadRows = page('o.read_at IS NULL', limit);
    const rows = [...unreadRows, ...page('o.read_at IS NOT NULL', limit - unreadRows.length)];
    const items = rows.map((r) => ({
      id: r.id, kind: r.kind, submissionId: r.submissionId, reference: r.reference,
      subject: r.subject, body: r.body, createdAt: r.createdAt, readAt: r.readAt,
    }));
    // Counted up to a cap: a badge says "999+" rather than costing a scan of a busy authority's history.
    const unread =
      ctx.sqlite
        .prepare<[string, number], { n: number }>(
          `SELECT COUNT(*) AS n FROM (SELECT 1 FROM outbox WHERE authority_id = ? AND read_at IS NULL AND audience = 'authority' LIMIT ?)`,
        )
        .get(staff.authorityId, UNREAD_COUNT_CAP)?.n ?? 0;
    const counts = { unread, unreadCapped: unread >= UNREAD_COUNT_CAP };
    res.json({ items, unread: counts.unread, counts });
  });

  router.post('/desk/alerts/:id/read', requireStaff('handler', 'admin'), (req, res) => {
    const staff = staffOf(req);
    const id = parseId(req.params.id);
    if (id === null || !staff.authorityId) throw notFound('No such alert');
    const at = ctx.now().toISOString();
    const changed = ctx.sqlite
      .prepare(`UPDATE outbox SET read_at = COALESCE(read_at, ?) WHERE id = ? AND authority_id = ? AND audience = 'authority'`)
      .run(at, id, staff.authorityId);
    if (changed.changes !== 1) throw notFound('No such alert');
    res.json({ id, readAt: ctx.sqlite.prepare<[number], { readAt: string }>('SELECT read_at AS readAt FROM outbox WHERE id = ?').get(id)?.readAt ?? at });
  });

  return router;
}
