/**
 * The handler inbox as one keyset-paged SQL query over the caller's own authority. Without free
 * text it walks an (authority, …, id) index newest first; with free text it walks the FTS5 index
 * (`submissions_fts`, see migrations 0002 and 0004) in descending rowid order and stops after one page, so a
 * page costs about the same at any table size. Per-status counts come from the trigger-kept
 * `inbox_counts` table.
 */
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../db/connection';
import { indexQueuedText } from './fts-index';
import { encodeInboxCursor } from './inbox-cursor';
import type { InboxFilters } from './inbox-filters';

export interface InboxRow {
  id: number;
  reference: string;
  packId: number;
  packVersion: number;
  serviceId: string;
  customerName: string;
  municipality: string;
  status: string;
  submittedAt: string;
  statusSince: string;
  assigneeId: number | null;
  assigneeName: string | null;
  unread: 0 | 1;
}

export interface InboxPage {
  rows: InboxRow[];
  nextCursor: string | null;
  counts: Record<string, number>;
}

/**
 * Turns what a handler types into an FTS5 query: every word must occur; the last one may be
 * unfinished (a prefix), the others are whole words, so "kallion kortteli" finds "Kallion
 * korttelijuhlat" and a reference "KV-2026-000123" is three exact words. Whole words stream from
 * the index; only the last one pays for a prefix scan. Words are quoted, so FTS syntax in the input
 * is plain text. Null when nothing searchable remains.
 */
export function ftsMatchQuery(q: string): string | null {
  const words = q.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  const kept = words.slice(0, 8);
  return kept.map((w, i) => (i === kept.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ');
}

type Params = Record<string, string | number>;

const statementCache = new WeakMap<Sqlite, Map<string, Statement<[Params], InboxRow>>>();
const countStatements = new WeakMap<Sqlite, Statement<[string], { status: string; n: number }>>();

function prepared(sqlite: Sqlite, sql: string): Statement<[Params], InboxRow> {
  let cache = statementCache.get(sqlite);
  if (!cache) {
    cache = new Map();
    statementCache.set(sqlite, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = sqlite.prepare<[Params], InboxRow>(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}

const COLUMNS = `s.id AS id, s.reference AS reference, s.pack_id AS packId, s.pack_version AS packVersion,
  s.service_id AS serviceId, s.contact_name AS customerName, s.municipality_code AS municipality,
  s.status AS status, s.submitted_at AS submittedAt, s.status_since AS statusSince,
  s.assignee_id AS assigneeId, u.name AS assigneeName,
  NOT EXISTS (SELECT 1 FROM case_reads r WHERE r.submission_id = s.id AND r.user_id = @userId AND r.read_at >= s.updated_at) AS unread`;

/** Builds the SQL for one combination of filters; exported for the query-plan test. */
export function inboxSql(filters: InboxFilters): string {
  const where: string[] = ['s.authority_id = @authorityId'];
  if (filters.status !== undefined) where.push('s.status = @status');
  if (filters.serviceId !== undefined) where.push('s.service_id = @serviceId');
  if (filters.municipality !== undefined) where.push('s.municipality_code = @municipality');
  if (filters.assigneeId !== undefined) where.push('s.assignee_id = @assigneeId');
  if (filters.submittedFrom !== undefined) where.push('s.submitted_at >= @submittedFrom');
  if (filters.submittedBefore !== undefined) where.push('s.submitted_at < @submittedBefore');
  if (filters.q !== undefined) {
    // CROSS JOIN fixes the order: the FTS index drives, newest first, and the page stops early.
    if (filters.beforeId !== undefined) where.push('f.rowid < @beforeId');
    return `SELECT ${COLUMNS}
      FROM submissions_fts f CROSS JOIN submissions s ON s.id = f.rowid
      LEFT JOIN users u ON u.id = s.assignee_id
      WHERE submissions_fts MATCH @match AND ${where.join(' AND ')}
      ORDER BY f.rowid DESC LIMIT @limit`;
  }
  if (filters.beforeId !== undefined) where.push('s.id < @beforeId');
  return `SELECT ${COLUMNS}
    FROM submissions s LEFT JOIN users u ON u.id = s.assignee_id
    WHERE ${where.join(' AND ')}
    ORDER BY s.id DESC LIMIT @limit`;
}

export function inboxCounts(sqlite: Sqlite, authorityId: string): Record<string, number> {
  let stmt = countStatements.get(sqlite);
  if (!stmt) {
    stmt = sqlite.prepare<[string], { status: string; n: number }>(
      'SELECT status, n FROM inbox_counts WHERE authority_id = ? AND n > 0',
    );
    countStatements.set(sqlite, stmt);
  }
  const counts: Record<string, number> = {};
  for (const row of stmt.all(authorityId)) counts[row.status] = row.n;
  return counts;
}

export function queryInbox(sqlite: Sqlite, authorityId: string, userId: number, filters: InboxFilters): InboxPage {
  const counts = inboxCounts(sqlite, authorityId);
  let match: string | null = null;
  if (filters.q !== undefined) {
    match = ftsMatchQuery(filters.q);
    if (match === null) return { rows: [], nextCursor: null, counts };
    // Sends only queue their text; index what is queued so a search never misses a case.
    indexQueuedText(sqlite);
  }
  const params: Params = { authorityId, userId, limit: filters.limit + 1 };
  if (match !== null) params.match = match;
  if (filters.status !== undefined) params.status = filters.status;
  if (filters.serviceId !== undefined) params.serviceId = filters.serviceId;
  if (filters.municipality !== undefined) params.municipality = filters.municipality;
  if (filters.assigneeId !== undefined) params.assigneeId = filters.assigneeId;
  if (filters.submittedFrom !== undefined) params.submittedFrom = filters.submittedFrom;
  if (filters.submittedBefore !== undefined) params.submittedBefore = filters.submittedBefore;
  if (filters.beforeId !== undefined) params.beforeId = filters.beforeId;
  const rows = prepared(sqlite, inboxSql(filters)).all(params);
  const more = rows.length > filters.limit;
  if (more) rows.length = filters.limit;
  return { rows, nextCursor: more ? encodeInboxCursor(rows[rows.length - 1].id) : null, counts };
}
