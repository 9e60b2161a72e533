/**
 * Alerts as staff see them. GET /api/admin/outbox: every alert with its delivery state (admins:
 * their authority's and its customers'; coordinators: all). GET /api/desk/alerts and
 * POST /api/desk/alerts/:id/read: the alerts addressed to the handler's own authority.
 */
import { Router } from 'express';
import { requireStaff, staffOf } from '../auth/guards';
import { parseId } from '../cases/submission-row';
import type { AppContext } from '../context';
import { badRequest, forbidden, notFound } from '../http/errors';

interface OutboxView {
  id: number;
  kind: string;
  audience: string;
  authorityId: string | null;
  submissionId: number | null;
  reference: string | null;
  toEmail: string | null;
  subject: string;
  body: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  readAt: string | null;
}

const OUTBOX_COLUMNS = `o.id, o.kind, o.audience, o.authority_id AS authorityId, o.submission_id AS submissionId, s.reference,
  o.to_email AS toEmail, o.subject, o.body, o.status, o.attempts, o.next_attempt_at AS nextAttemptAt, o.last_error AS lastError,
  o.created_at AS createdAt, o.sent_at AS sentAt, o.read_at AS readAt`;

const UNREAD_COUNT_CAP = 1000;

function limitOf(value: unknown, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badRequest('Bad limit', [{ path: 'limit', message: `Must be 1–${max}` }]);
  return n;
}

export function alertRoutes(ctx: AppContext): Router {
  const router = Router();

  router.get('/admin/outbox', requireStaff('admin', 'coordinator'), (req, res) => {
    const staff = staffOf(req);
    const limit = limitOf(req.query.limit, 200, 1000);
    const status = typeof req.query.status === 'string' && req.query.status !== '' ? req.query.status : null;
    // Sign-in codes have no authority: only coordinators see them, and never the code itself.
    const rows =
      staff.role === 'coordinator'
        ? ctx.sqlite
            .prepare<[string | null, string | null, number], OutboxView>(
              `SELECT ${OUTBOX_COLUMNS} FROM outbox o LEFT JOIN submissions s ON s.id = o.submission_id
               WHERE (? IS NULL OR o.status = ?) ORDER BY o.id DESC LIMIT ?`,
            )
            .all(status, status, limit)
        : ctx.sqlite
            .prepare<[string, string | null, string | null, number], OutboxView>(
              `SELECT ${OUTBOX_COLUMNS} FROM outbox o LEFT JOIN submissions s ON s.id = o.submission_id
               WHERE o.authority_id = ? AND (? IS NULL OR o.status = ?) ORDER BY o.id DESC LIMIT ?`,
            )
            .all(staff.authorityId ?? '', status, status, limit);
    const items = rows.map((r) => (r.kind === 'sign_in_code' ? { ...r, subject: '(sign-in code)', body: '(hidden)' } : r));
    const counts: Record<string, number> = {};
    for (const r of items) counts[r.status] = (counts[r.status] ?? 0) + 1;
    res.json({ items, counts });
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
               WHERE o.authority_id = ? AND o.audience = 'authority' AND ${readFilter} ORDER BY o.id DESC LIMIT ?`,
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
