/**
 * The handler desk's hand-onward routes: one case as PDF, the filtered inbox as CSV, and the list of
 * colleagues a case can be assigned to. Handlers and admins of the case's own authority only.
 *
 *   GET /api/cases/:id/export.pdf?lang=fi
 *   GET /api/inbox/export.csv?status=&service=&municipality=&q=&assigned=me&from=&to=&lang=&delimiter=comma
 *   GET /api/desk/colleagues → [{ id, name, role }]
 */
import { Router, type Request } from 'express';
import { API } from '../../api-contract/routes';
import { LANGS, type Lang } from '../../form-library/format/types';
import { staffOf } from '../auth/guards';
import type { StaffPrincipal } from '../auth/principals';
import { decodeInboxCursor } from '../cases/inbox-cursor';
import { inboxFilterRules, parseInboxFilters } from '../cases/inbox-filters';
import { segmentOrderFor } from '../cases/inbox-order';
import type { AppContext } from '../context';
import { on } from '../http/contract-route';
import { badRequest, forbidden, notFound } from '../http/errors';
import { casePdf } from './case-pdf';
import { caseExport, ExportLookups, findOwnSubmission, submissionsByIds } from './export-data';
import { inboxCsv } from './inbox-csv';

/** A CSV beyond this many rows is cut (and says so in a header): filter further for more. */
export const MAX_CSV_ROWS = 20_000;
const PAGE = 200;

function langOf(req: Request): Lang {
  const lang = req.query.lang;
  return LANGS.find((l) => l === lang) ?? 'fi';
}

function authorityOf(staff: StaffPrincipal): string {
  if (!staff.authorityId) throw forbidden('The handler desk belongs to an authority');
  return staff.authorityId;
}

export function exportRoutes(ctx: AppContext): Router {
  const router = Router();

  on(router, API.desk.casePdf, async (req, res, { params }) => {
    const staff = staffOf(req);
    const authorityId = authorityOf(staff);
    const submission = await findOwnSubmission(ctx, authorityId, params.id);
    if (!submission) throw notFound('No such case');
    const lang = langOf(req);
    const pdf = await casePdf(await caseExport(ctx, new ExportLookups(ctx, lang), submission, true), lang, ctx.now());
    res.set('Content-Type', 'application/pdf');
    res.set('Content-Disposition', `attachment; filename="${submission.reference}.pdf"`);
    res.send(pdf);
  });

  // Every page of the inbox: its paging parameters are not filters.
  const filtersOf = (req: Request) => {
    const { cursor: _cursor, limit: _limit, ...query } = req.query;
    return query;
  };

  on(router, API.desk.inboxCsv, { queryRules: (req) => inboxFilterRules(filtersOf(req), staffOf(req).id) }, async (req, res) => {
    const staff = staffOf(req);
    const authorityId = authorityOf(staff);
    const query = filtersOf(req);
    const parsed = parseInboxFilters(query, staff.id, ctx.now());
    if (!parsed.ok) throw badRequest('Bad inbox filter', parsed.fields);
    const lang = langOf(req);
    const lookups = new ExportLookups(ctx, lang);
    const cases = [];
    const order = await segmentOrderFor(ctx, authorityId, parsed.filters.sort.key);
    let filters = { ...parsed.filters, limit: PAGE };
    let truncated = false;
    for (;;) {
      const page = await ctx.repos.inbox.page(authorityId, staff.id, filters, order);
      for (const s of await submissionsByIds(ctx, authorityId, page.rows.map((r) => r.id))) cases.push(await caseExport(ctx, lookups, s, false));
      if (cases.length >= MAX_CSV_ROWS) {
        truncated = page.nextCursor !== null || cases.length > MAX_CSV_ROWS;
        cases.length = Math.min(cases.length, MAX_CSV_ROWS);
        break;
      }
      if (page.nextCursor === null || page.rows.length === 0) break;
      const after = decodeInboxCursor(page.nextCursor);
      if (!after) break;
      filters = { ...filters, after };
    }
    const delimiter = req.query.delimiter === 'comma' ? ',' : ';';
    const day = ctx.now().toISOString().slice(0, 10);
    res.set('Content-Type', 'text/csv; charset=utf-8');
    res.set('Content-Disposition', `attachment; filename="kevyt-${authorityId}-${day}.csv"`);
    if (truncated) res.set('X-Kevyt-Truncated', String(MAX_CSV_ROWS));
    res.send(inboxCsv(cases, lang, { delimiter }));
  });

  on(router, API.desk.colleagues, async (req, res) => {
    const authorityId = authorityOf(staffOf(req));
    const rows = (await ctx.repos.staff.ofAuthority(authorityId)).filter((u) => u.active && (u.role === 'handler' || u.role === 'admin'));
    res.json(rows.map((u) => ({ id: u.id, name: u.name, role: u.role })));
  });

  return router;
}
