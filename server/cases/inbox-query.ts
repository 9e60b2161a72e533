/**
 * The handler inbox: one keyset-paged page of the caller's own authority in any sort
 * (server/cases/inbox-sort.ts), and per-status counts under the same filters.
 *
 * Without free text a page walks an index in the sort's order and stops after one page: (authority,
 * id) for received and reference, (authority, status_since | contact_name, id) for those columns,
 * and one (authority, column, id) range per value for status, service and municipality. When the
 * tallies say the filters leave only a few rows, those rows are read through the filter's index and
 * sorted instead (a walk in sort order could pass many rows that the filter drops).
 *
 * With free text, the matching rowids are read newest first, up to a limit (5,000 in received
 * order, 10,000 in others): when that is all of them, their sort fields are read by rowid, counted
 * per status and sorted here. Beyond it, received order walks the FTS5 index by rowid and stops
 * after one page, other orders walk the sort order keeping the matching rows (matches that many
 * are dense), and the counts cover the newest matches only (`countsExact` false).
 *
 * The due sort walks (authority, open due date, id): first the cases with an open due date, then
 * those without. The "overdue" and "due this week" filters are a range of that index: when it holds
 * few enough rows they are read through it and sorted here, like a free-text match; beyond that the
 * walk in sort order keeps the rows in the range (they are then dense) and the counts cover some.
 *
 * Counts otherwise come from the tallies (exact for service, municipality and date filters) or
 * from the few assigned rows for "assigned to me".
 */
import type { Statement } from 'better-sqlite3';
import type { Lang } from '../../form-library/format/types';
import type { Sqlite } from '../db/connection';
import { createTextIndexer, type TextIndexer } from './fts-index';
import { encodeInboxCursor, type InboxCursor } from './inbox-cursor';
import { createDateIdRange, type DateIdRange, type IdRange } from './inbox-date-ids';
import type { InboxFilters } from './inbox-filters';
import { sortDependsOnLang, sortKind, sortName, type InboxSortKey } from './inbox-sort';
import { countByStatus, createInboxTally, type InboxTally, type TallyRow } from './inbox-tally';

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
  dueDate: string | null;
  openDueDate: string | null;
}

export interface InboxPage {
  rows: InboxRow[];
  nextCursor: string | null;
  counts: Record<string, number>;
  /** False when free text matched more than inboxTuning.countMatchLimit cases and the counts cover the newest of them. */
  countsExact: boolean;
}

export type SegmentKey = 'status' | 'service' | 'municipality';
/** Puts one segment sort's values in their ascending order (names in `lang`, workflow order). */
export type SegmentOrder = (key: SegmentKey, values: string[], lang: Lang) => string[];

export const inboxTuning = {
  /** Rows sorted in memory up to this many (text matches, or rows the tallies count); more are walked in sort order. */
  inMemorySortLimit: 10_000,
  /** Free text in received order counts this many of the newest matches (other orders inMemorySortLimit). */
  countMatchLimit: 5000,
  /** A due range is counted per status from the due index up to this many cases. */
  dueCountLimit: 100_000,
};

/**
 * Turns what a handler types into an FTS5 query: every word must occur; the last one may be
 * unfinished (a prefix), the others are whole words, so "kallion kortteli" finds "Kallion
 * korttelijuhlat" and a reference "KV-2026-000123" is three exact words. Whole words stream from
 * the index; only the last one pays for a prefix scan. Words are quoted, so FTS syntax in the input
 * is plain text. Null when nothing searchable remains.
 */
export function ftsMatchQuery(q: string): string | null {
  const kept = searchWords(q);
  if (!kept) return null;
  return kept.map((w, i) => (i === kept.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ');
}

/** The words of what a handler types (at most 8), or null when nothing searchable remains; the last may be unfinished. */
export function searchWords(q: string): string[] | null {
  const words = q.normalize('NFC').match(/[\p{L}\p{N}]+/gu);
  return words ? words.slice(0, 8) : null;
}

type Params = Record<string, string | number>;

/** The filters with the date range also as an id range (server/cases/inbox-date-ids.ts). */
type QueryFilters = InboxFilters & { ids?: IdRange | null };

/** What the query needs of one connection: its statements (prepared once per SQL text), tallies, date search and text index. */
interface InboxDb {
  prepared<T>(sql: string): Statement<[Params], T>;
  tallyRows: InboxTally;
  dateIdRange: DateIdRange;
  indexQueuedText: TextIndexer;
}

function withIdRange(db: InboxDb, filters: InboxFilters): QueryFilters {
  return { ...filters, ids: db.dateIdRange(filters) };
}

const COLUMNS = `s.id AS id, s.reference AS reference, s.pack_id AS packId, s.pack_version AS packVersion,
  s.service_id AS serviceId, s.contact_name AS customerName, s.municipality_code AS municipality,
  s.status AS status, s.submitted_at AS submittedAt, s.status_since AS statusSince,
  s.assignee_id AS assigneeId, u.name AS assigneeName, s.due_date AS dueDate, s.open_due_date AS openDueDate,
  NOT EXISTS (SELECT 1 FROM case_reads r WHERE r.submission_id = s.id AND r.user_id = @userId AND r.read_at >= s.updated_at) AS unread`;

const SEGMENT_COLUMN: Record<SegmentKey, string> = { status: 's.status', service: 's.service_id', municipality: 's.municipality_code' };
const SEGMENT_INDEX: Record<SegmentKey, string> = {
  status: 'submissions_inbox_status',
  service: 'submissions_inbox_service',
  municipality: 'submissions_inbox_municipality',
};
const COLUMN_SORT: Partial<Record<InboxSortKey, { expr: string; index: string; of: (r: SortFields) => string }>> = {
  statusSince: { expr: 's.status_since', index: 'submissions_sort_status_since', of: (r) => r.statusSince },
  customer: { expr: 's.contact_name COLLATE NOCASE', index: 'submissions_sort_customer', of: (r) => r.customerName },
};

/** What orders a row: its id and the columns the sorts use. */
export type SortFields = Pick<InboxRow, 'id' | 'status' | 'statusSince' | 'customerName' | 'serviceId' | 'municipality' | 'openDueDate'>;

const DUE_INDEX = 'submissions_sort_due';

/** The due filter's terms on the open due date (NULL never passes them). */
function dueTerms(due: InboxFilters['due']): string[] {
  if (!due) return [];
  return due.from !== undefined ? ['s.open_due_date >= @dueFrom', 's.open_due_date < @dueBefore'] : ['s.open_due_date < @dueBefore'];
}

function segmentValue(key: SegmentKey, r: { status: string; serviceId: string; municipality: string }): string {
  return key === 'status' ? r.status : key === 'service' ? r.serviceId : r.municipality;
}

/** A date range's ids as terms on `column` (the submission id, or the FTS index's rowid). */
function idRangeTerms(column: string, range: IdRange | null | undefined): string[] {
  const terms: string[] = [];
  if (range?.from !== undefined) terms.push(`${column} >= @idFrom`);
  if (range?.before !== undefined) terms.push(`${column} < @idBefore`);
  return terms;
}

/** The parameters of {@link idRangeTerms}. */
function idRangeParams(range: IdRange | null | undefined): Params {
  const params: Params = {};
  if (range?.from !== undefined) params.idFrom = range.from;
  if (range?.before !== undefined) params.idBefore = range.before;
  return params;
}

/**
 * The WHERE terms of every filter but free text. A date range is also an id range: on every index
 * of the inbox the id follows the equality columns, so it bounds the walk instead of each row's
 * submitted_at being read and dropped; the submitted_at terms stay, so the answer is exact.
 */
function filterTerms(filters: QueryFilters): string[] {
  // Cases removed as spam (remove-spam.ts) are in no inbox; the tallies drop them by trigger.
  const where: string[] = ['s.authority_id = @authorityId', 's.removed_at IS NULL'];
  if (filters.status !== undefined) where.push('s.status = @status');
  if (filters.serviceId !== undefined) where.push('s.service_id = @serviceId');
  if (filters.municipality !== undefined) where.push('s.municipality_code = @municipality');
  if (filters.assigneeId !== undefined) where.push('s.assignee_id = @assigneeId');
  where.push(...dueTerms(filters.due));
  // The ids first: an index entry holds the id, so a walk drops a row before reading it.
  where.push(...idRangeTerms('s.id', filters.ids));
  if (filters.submittedFrom !== undefined) where.push('s.submitted_at >= @submittedFrom');
  if (filters.submittedBefore !== undefined) where.push('s.submitted_at < @submittedBefore');
  return where;
}

function filterParams(authorityId: string, userId: number, filters: QueryFilters): Params {
  const params: Params = { authorityId, userId, ...idRangeParams(filters.ids) };
  if (filters.status !== undefined) params.status = filters.status;
  if (filters.serviceId !== undefined) params.serviceId = filters.serviceId;
  if (filters.municipality !== undefined) params.municipality = filters.municipality;
  if (filters.assigneeId !== undefined) params.assigneeId = filters.assigneeId;
  if (filters.submittedFrom !== undefined) params.submittedFrom = filters.submittedFrom;
  if (filters.submittedBefore !== undefined) params.submittedBefore = filters.submittedBefore;
  if (filters.due?.from !== undefined) params.dueFrom = filters.due.from;
  if (filters.due) params.dueBefore = filters.due.before;
  return params;
}

/** The index a few filtered rows are best read through, when a filter has one. */
function filterIndex(filters: InboxFilters): string | null {
  if (filters.assigneeId !== undefined) return 'submissions_inbox_assigned';
  if (filters.status !== undefined) return SEGMENT_INDEX.status;
  if (filters.serviceId !== undefined) return SEGMENT_INDEX.service;
  if (filters.municipality !== undefined) return SEGMENT_INDEX.municipality;
  return null;
}

/** Whether few enough rows pass the filters to read them through the filter's index and sort them. */
function fewRows(filters: InboxFilters, tally: TallyRow[]): boolean {
  if (filters.assigneeId !== undefined) return true; // one handler's assigned cases
  const n = tally.reduce((sum, r) => sum + (filters.status === undefined || r.status === filters.status ? r.n : 0), 0);
  return n <= inboxTuning.inMemorySortLimit;
}

interface Step {
  sql: string;
  params: Params;
}

function stepSql(index: string | null, terms: string[], orderBy: string): string {
  const from = `FROM submissions s${index ? ` INDEXED BY ${index}` : ''}`;
  return `SELECT ${COLUMNS} ${from} LEFT JOIN users u ON u.id = s.assignee_id WHERE ${terms.join(' AND ')} ORDER BY ${orderBy} LIMIT @limit`;
}

const cmp = (dir: 'asc' | 'desc') => (dir === 'asc' ? '>' : '<');

/**
 * The SQL steps that list the filtered rows in sort order after the cursor, each in order; a page
 * takes rows from the first steps until it is full. `extra` adds a condition (free text).
 */
function walkSteps(
  authorityId: string,
  userId: number,
  filters: QueryFilters,
  tally: TallyRow[],
  order: SegmentOrder,
  extra?: { term: string; params: Params },
): Step[] {
  const { key, dir } = filters.sort;
  const after = filters.after;
  const base = { ...filterParams(authorityId, userId, filters), ...extra?.params };
  const where = extra ? [...filterTerms(filters), extra.term] : filterTerms(filters);
  const d = dir.toUpperCase();
  const kind = sortKind(key);
  if (kind === 'id') {
    const terms = after ? [...where, `s.id ${cmp(dir)} @afterId`] : where;
    // A date range walks one id range of the narrowest index (the planner, not knowing how many
    // rows a status has, would take (authority, id) over (authority, status, id)).
    // So does a due filter: else the planner reads its range of the due index and sorts it.
    const index = filters.ids || filters.due ? (filterIndex(filters) ?? 'submissions_inbox') : null;
    return [{
      sql: stepSql(index, terms, `s.id ${d}`),
      params: after ? { ...base, afterId: after.id } : base,
    }];
  }
  if (kind === 'column') {
    const col = COLUMN_SORT[key];
    if (!col) throw new Error(`no column for sort ${key}`);
    const terms = after ? [...where, `${col.expr} ${cmp(dir)}= @afterKey`, `(${col.expr} ${cmp(dir)} @afterKey OR s.id ${cmp(dir)} @afterId)`] : where;
    // A walk in sort order, unless the tallies say the filters leave few rows to sort: those are
    // read through the filter's index, or a date range's ids in (authority, id).
    const byFilter = filterIndex(filters) ?? (filters.ids ? 'submissions_inbox' : null);
    const index = byFilter !== null && fewRows(filters, tally) ? byFilter : col.index;
    return [{
      sql: stepSql(index, terms, `${col.expr} ${d}, s.id ${d}`),
      params: after ? { ...base, afterKey: after.key ?? '', afterId: after.id } : base,
    }];
  }
  if (kind === 'due') {
    // Cases with an open due date by (due date, id), then the rest by id; both runs in the sort's
    // direction, the rest always last. A due filter keeps only dated cases: no second run.
    const byFilter = filterIndex(filters) ?? (filters.ids ? 'submissions_inbox' : null);
    const index = byFilter !== null && fewRows(filters, tally) ? byFilter : DUE_INDEX;
    const steps: Step[] = [];
    const inUndated = after !== undefined && after.key === undefined;
    if (!inUndated) {
      const terms = after
        ? [...where, `s.open_due_date ${cmp(dir)}= @afterKey`, `(s.open_due_date ${cmp(dir)} @afterKey OR s.id ${cmp(dir)} @afterId)`]
        : [...where, 's.open_due_date IS NOT NULL'];
      steps.push({ sql: stepSql(index, terms, `s.open_due_date ${d}, s.id ${d}`), params: after ? { ...base, afterKey: after.key ?? '', afterId: after.id } : base });
    }
    if (!filters.due) {
      const terms = inUndated ? [...where, 's.open_due_date IS NULL', `s.id ${cmp(dir)} @afterId`] : [...where, 's.open_due_date IS NULL'];
      steps.push({ sql: stepSql(index, terms, `s.id ${d}`), params: inUndated ? { ...base, afterId: after.id } : base });
    }
    return steps;
  }
  const seg = key as SegmentKey;
  const present = new Set(tally.filter((r) => filters.status === undefined || r.status === filters.status).map((r) => segmentValue(seg, r)));
  if (after?.key !== undefined) present.add(after.key);
  const values = order(seg, [...present], filters.lang);
  if (dir === 'desc') values.reverse();
  const start = after?.key !== undefined ? values.indexOf(after.key) : 0;
  const index = filters.assigneeId !== undefined ? 'submissions_inbox_assigned' : SEGMENT_INDEX[seg];
  return values.slice(start).map((value, i) => {
    const terms = [...where, `${SEGMENT_COLUMN[seg]} = @segment`];
    if (i === 0 && after) terms.push(`s.id ${cmp(dir)} @afterId`);
    return {
      sql: stepSql(index, terms, `s.id ${d}`),
      params: i === 0 && after ? { ...base, segment: value, afterId: after.id } : { ...base, segment: value },
    };
  });
}

/** Rows in sort order from the steps, at most `want`. */
function takeRows(db: InboxDb, steps: Step[], want: number): InboxRow[] {
  const rows: InboxRow[] = [];
  for (const step of steps) {
    rows.push(...db.prepared<InboxRow>(step.sql).all({ ...step.params, limit: want - rows.length }));
    if (rows.length >= want) break;
  }
  return rows;
}

/** The full rows of `ids`, in that order. */
function rowsByIds(db: InboxDb, userId: number, ids: number[]): InboxRow[] {
  const sql = `SELECT ${COLUMNS} FROM submissions s NOT INDEXED LEFT JOIN users u ON u.id = s.assignee_id WHERE s.id IN (SELECT value FROM json_each(@ids))`;
  const byId = new Map(db.prepared<InboxRow>(sql).all({ userId, ids: JSON.stringify(ids) }).map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Free text with received or reference order: the FTS index drives, by rowid, and stops after a page. */
function textByIdRows(db: InboxDb, authorityId: string, userId: number, filters: QueryFilters, match: string): InboxRow[] {
  const { dir } = filters.sort;
  const where = filterTerms(filters);
  if (filters.after) where.push(`f.rowid ${cmp(dir)} @afterId`);
  // The date range's ids bound the FTS index's rowids too.
  where.push(...idRangeTerms('f.rowid', filters.ids));
  // CROSS JOIN fixes the order: the FTS index drives and the page stops early.
  const sql = `SELECT ${COLUMNS}
    FROM submissions_fts f CROSS JOIN submissions s ON s.id = f.rowid
    LEFT JOIN users u ON u.id = s.assignee_id
    WHERE submissions_fts MATCH @match AND ${where.join(' AND ')}
    ORDER BY f.rowid ${dir.toUpperCase()} LIMIT @limit`;
  const params: Params = { ...filterParams(authorityId, userId, filters), match, limit: filters.limit + 1 };
  if (filters.after) params.afterId = filters.after.id;
  return db.prepared<InboxRow>(sql).all(params);
}

/**
 * The ids matching free text, newest first, inside the date range's ids; stops after `max` + 1 so
 * a caller can tell "more".
 */
function matchingIds(db: InboxDb, match: string, max: number, range: IdRange | null | undefined): number[] {
  const terms = ['submissions_fts MATCH @match', ...idRangeTerms('rowid', range)];
  const params: Params = { match, ...idRangeParams(range) };
  const stmt = db.prepared<{ id: number }>(`SELECT rowid AS id FROM submissions_fts WHERE ${terms.join(' AND ')} ORDER BY rowid DESC`);
  const ids: number[] = [];
  for (const row of stmt.iterate(params)) {
    ids.push(row.id);
    if (ids.length > max) break;
  }
  return ids;
}

/** The ids of the authority's cases in the due filter's range, read from the due index; stops after `max` + 1. */
function dueIds(db: InboxDb, authorityId: string, filters: QueryFilters, max: number): number[] {
  const terms = ['s.authority_id = @authorityId', ...dueTerms(filters.due)];
  const params: Params = { authorityId };
  if (filters.due?.from !== undefined) params.dueFrom = filters.due.from;
  if (filters.due) params.dueBefore = filters.due.before;
  const stmt = db.prepared<{ id: number }>(`SELECT s.id AS id FROM submissions s INDEXED BY ${DUE_INDEX} WHERE ${terms.join(' AND ')}`);
  const ids: number[] = [];
  for (const row of stmt.iterate(params)) {
    ids.push(row.id);
    if (ids.length > max) break;
  }
  return ids;
}

/**
 * Per-status counts of a due range from the due index alone (it carries the status), up to
 * inboxTuning.dueCountLimit cases; beyond that they are lower bounds. A case removed as spam has no
 * open due date (remove-spam.ts), so no due range holds it.
 */
function dueStatusCounts(db: InboxDb, authorityId: string, filters: QueryFilters): { counts: Record<string, number>; exact: boolean } {
  const terms = ['s.authority_id = @authorityId', ...dueTerms(filters.due)];
  const params: Params = { authorityId, limit: inboxTuning.dueCountLimit };
  if (filters.due?.from !== undefined) params.dueFrom = filters.due.from;
  if (filters.due) params.dueBefore = filters.due.before;
  const sql = `SELECT status, count(*) AS n FROM (SELECT s.status AS status FROM submissions s INDEXED BY ${DUE_INDEX} WHERE ${terms.join(' AND ')} LIMIT @limit) GROUP BY status`;
  const counts: Record<string, number> = {};
  let total = 0;
  for (const row of db.prepared<{ status: string; n: number }>(sql).all(params)) {
    counts[row.status] = row.n;
    total += row.n;
  }
  return { counts, exact: total < inboxTuning.dueCountLimit };
}

/** The sort key of a row as the SQL orders it: a rank for segments, NOCASE text for names. */
function rowOrder(filters: InboxFilters, order: SegmentOrder, values: string[]): (a: SortFields, b: SortFields) => number {
  const { key, dir } = filters.sort;
  const sign = dir === 'asc' ? 1 : -1;
  const byId = (a: SortFields, b: SortFields) => sign * (a.id - b.id);
  const kind = sortKind(key);
  if (kind === 'id') return byId;
  if (kind === 'due') {
    return (a, b) => {
      if (a.openDueDate === null || b.openDueDate === null) {
        // Undated cases come last in both directions.
        if (a.openDueDate !== b.openDueDate) return a.openDueDate === null ? 1 : -1;
        return byId(a, b);
      }
      return a.openDueDate === b.openDueDate ? byId(a, b) : sign * (a.openDueDate < b.openDueDate ? -1 : 1);
    };
  }
  if (kind === 'column') {
    const col = COLUMN_SORT[key];
    if (!col) throw new Error(`no column for sort ${key}`);
    // SQLite's NOCASE folds ASCII letters only, then compares code points.
    const text = key === 'customer' ? (r: SortFields) => col.of(r).replace(/[A-Z]/g, (c) => c.toLowerCase()) : col.of;
    return (a, b) => {
      const ka = text(a);
      const kb = text(b);
      return ka === kb ? byId(a, b) : sign * (ka < kb ? -1 : 1);
    };
  }
  const seg = key as SegmentKey;
  const rank = new Map(order(seg, values, filters.lang).map((v, i) => [v, i]));
  return (a, b) => sign * ((rank.get(segmentValue(seg, a)) ?? 0) - (rank.get(segmentValue(seg, b)) ?? 0)) || byId(a, b);
}

/** The matched cases that pass every filter but the status (the counts need every status). */
function candidates(db: InboxDb, authorityId: string, userId: number, filters: QueryFilters, ids: number[]): SortFields[] {
  const { status: _status, ...rest } = filters;
  // The ids drive, each probed in (authority, id) first: only the own authority's rows are read.
  const sql = `SELECT s.id AS id, s.status AS status, s.status_since AS statusSince, s.contact_name AS customerName,
    s.service_id AS serviceId, s.municipality_code AS municipality, s.open_due_date AS openDueDate
    FROM submissions s INDEXED BY submissions_inbox WHERE s.id IN (SELECT value FROM json_each(@ids)) AND ${filterTerms(rest).join(' AND ')}`;
  return db.prepared<SortFields>(sql).all({ ...filterParams(authorityId, userId, rest), ids: JSON.stringify(ids) });
}

/** The page of the candidates after the cursor, sorted here as the SQL walks would (PostgreSQL's inbox sorts its candidates alike). */
export function pageInMemory(filters: InboxFilters, tally: TallyRow[], order: SegmentOrder, all: SortFields[]): SortFields[] {
  const rows = all.filter((r) => filters.status === undefined || r.status === filters.status);
  const after = filters.after;
  const seg = sortKind(filters.sort.key) === 'segments' ? (filters.sort.key as SegmentKey) : null;
  const values = new Set(seg ? [...tally, ...rows].map((r) => segmentValue(seg, r)) : []);
  if (seg && after?.key !== undefined) values.add(after.key);
  const compare = rowOrder(filters, order, [...values]);
  rows.sort(compare);
  if (!after) return rows.slice(0, filters.limit + 1);
  // The cursor's row as the order sees it; only its sort key and id matter.
  const key = after.key ?? '';
  const probe: SortFields = { id: after.id, customerName: key, statusSince: key, status: key, serviceId: key, municipality: key, openDueDate: after.key ?? null };
  return rows.filter((r) => compare(r, probe) > 0).slice(0, filters.limit + 1);
}

/** The cursor after `last` (both databases' inboxes page alike). */
export function cursorOf(filters: InboxFilters, last: Pick<InboxRow, 'id' | 'statusSince' | 'customerName' | 'openDueDate' | 'status' | 'serviceId' | 'municipality'>): string {
  const { key } = filters.sort;
  const kind = sortKind(key);
  const cursor: InboxCursor = { sort: sortName(filters.sort), id: last.id };
  if (sortDependsOnLang(key)) cursor.lang = filters.lang;
  if (kind === 'column') cursor.key = COLUMN_SORT[key]?.of(last);
  if (kind === 'due' && last.openDueDate !== null) cursor.key = last.openDueDate;
  if (kind === 'segments') cursor.key = segmentValue(key as SegmentKey, last);
  return encodeInboxCursor(cursor);
}

/** Counts of the handler's assigned cases, read through the assigned-cases index (few rows). */
function assignedCounts(db: InboxDb, authorityId: string, userId: number, filters: QueryFilters): Record<string, number> {
  const { status: _status, ...rest } = filters;
  const sql = `SELECT s.status AS status, count(*) AS n FROM submissions s INDEXED BY submissions_inbox_assigned
    WHERE ${filterTerms(rest).join(' AND ')} GROUP BY s.status`;
  const counts: Record<string, number> = {};
  for (const row of db.prepared<{ status: string; n: number }>(sql).all(filterParams(authorityId, userId, rest))) counts[row.status] = row.n;
  return counts;
}

export function countStatuses(rows: Array<{ status: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

/** One page of the inbox. `order` ranks the values of the status, service and municipality sorts. */
function queryInbox(db: InboxDb, authorityId: string, userId: number, asked: InboxFilters, order: SegmentOrder = byValue): InboxPage {
  const filters = withIdRange(db, asked);
  const tally = db.tallyRows(authorityId, filters);
  const want = filters.limit + 1;
  let rows: InboxRow[];
  let counts: Record<string, number>;
  let countsExact = true;
  if (filters.q === undefined && filters.due === undefined) {
    counts = filters.assigneeId !== undefined ? assignedCounts(db, authorityId, userId, filters) : countByStatus(tally);
    rows = takeRows(db, walkSteps(authorityId, userId, filters, tally, order), want);
  } else if (filters.q === undefined) {
    // A due range without free text: its ids come from the due index, like a text match's from FTS.
    const cap = inboxTuning.inMemorySortLimit;
    const ids = dueIds(db, authorityId, filters, cap);
    if (ids.length <= cap) {
      const found = candidates(db, authorityId, userId, filters, ids);
      counts = countStatuses(found);
      rows = rowsByIds(db, userId, pageInMemory(filters, tally, order, found).map((r) => r.id));
    } else {
      // Many: they are dense, so the walk in sort order finds a page soon.
      rows = takeRows(db, walkSteps(authorityId, userId, filters, tally, order), want);
      const onlyDue = filters.serviceId === undefined && filters.municipality === undefined && filters.assigneeId === undefined && !filters.ids;
      if (onlyDue) {
        ({ counts, exact: countsExact } = dueStatusCounts(db, authorityId, filters));
      } else {
        counts = countStatuses(candidates(db, authorityId, userId, filters, ids.slice(0, inboxTuning.countMatchLimit)));
        countsExact = false;
      }
    }
  } else {
    const match = ftsMatchQuery(filters.q);
    if (match === null) return { rows: [], nextCursor: null, counts: {}, countsExact: true };
    // Sends only queue their text; index what is queued so a search never misses a case.
    db.indexQueuedText();
    const byId = sortKind(filters.sort.key) === 'id';
    const cap = byId ? inboxTuning.countMatchLimit : inboxTuning.inMemorySortLimit;
    const ids = matchingIds(db, match, cap, filters.ids);
    countsExact = ids.length <= cap;
    // Beyond the limit the counts cover the newest matches only, so fewer will do.
    const found = candidates(db, authorityId, userId, filters, ids.slice(0, countsExact ? cap : inboxTuning.countMatchLimit));
    counts = countStatuses(found);
    const inMemory = countsExact ? pageInMemory(filters, tally, order, found) : null;
    if (inMemory) {
      // Every match is at hand: sorted here, only the page's rows are read.
      rows = rowsByIds(db, userId, inMemory.map((r) => r.id));
    } else if (byId) {
      // The newest matches at hand usually fill the page; else the FTS index drives.
      const page = filters.sort.dir === 'desc' ? pageInMemory(filters, tally, order, found) : [];
      rows = page.length > filters.limit ? rowsByIds(db, userId, page.map((r) => r.id)) : textByIdRows(db, authorityId, userId, filters, match);
    } else {
      // Many matches are dense: walk the sort order, keeping the matching rows (SQLite reads the
      // matching rowids once into a temporary index).
      const term = 's.id IN (SELECT rowid FROM submissions_fts WHERE submissions_fts MATCH @match)';
      rows = takeRows(db, walkSteps(authorityId, userId, filters, tally, order, { term, params: { match } }), want);
    }
  }
  const more = rows.length > filters.limit;
  if (more) rows.length = filters.limit;
  return { rows, nextCursor: more ? cursorOf(filters, rows[rows.length - 1]) : null, counts, countsExact };
}

/** The fallback order of segment values: by the stored value. */
export function byValue(_key: SegmentKey, values: string[]): string[] {
  return [...values].sort();
}

/** The SQL of the first step of a page without free text; exported for the query-plan test. */
/** The first step's SQL of a page (tests read its query plan). */
function inboxSql(db: InboxDb, authorityId: string, filters: InboxFilters): string {
  const steps = walkSteps(authorityId, 0, withIdRange(db, filters), db.tallyRows(authorityId, filters), byValue);
  return steps[0]?.sql ?? '';
}

/** The inbox of one connection; each SQL text is prepared once, the first time a query needs it. */
export interface SqliteInbox {
  page(authorityId: string, userId: number, filters: InboxFilters, order?: SegmentOrder): Promise<InboxPage>;
  /** The SQL of a page's first step, for reading its query plan. */
  sql(authorityId: string, filters: InboxFilters): string;
  indexQueuedText(opts?: { batch?: number; maxRounds?: number }): Promise<number>;
}

export function createSqliteInbox(sqlite: Sqlite): SqliteInbox {
  const statements = new Map<string, Statement<[Params], unknown>>();
  const db: InboxDb = {
    prepared<T>(sql: string): Statement<[Params], T> {
      let stmt = statements.get(sql);
      if (!stmt) {
        stmt = sqlite.prepare<[Params], unknown>(sql);
        statements.set(sql, stmt);
      }
      return stmt as Statement<[Params], T>;
    },
    tallyRows: createInboxTally(sqlite),
    dateIdRange: createDateIdRange(sqlite),
    indexQueuedText: createTextIndexer(sqlite),
  };
  return {
    page: async (authorityId, userId, filters, order = byValue) => queryInbox(db, authorityId, userId, filters, order),
    sql: (authorityId, filters) => inboxSql(db, authorityId, filters),
    indexQueuedText: async (opts) => db.indexQueuedText(opts),
  };
}
