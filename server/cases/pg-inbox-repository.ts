/**
 * The handler inbox on PostgreSQL, answering as inbox-query.ts does on SQLite: the same filters,
 * sorts, keyset cursors and per-status counts. What SQLite keeps in its FTS and tally tables lives
 * in the schema "inbox" (migration 0005), kept by triggers as submissions change:
 *
 * - `inbox.tally` and `inbox.daily_tally` count the cases by service, municipality and status (and
 *   sending day), so a page's counts under those filters are a sum over a few small rows;
 * - `inbox.search` holds each case's words as written (names, references: the `simple`
 *   configuration) and as Finnish and Swedish stems, in a GIN index, so free text finds what
 *   SQLite finds and inflected forms too.
 *
 * A page walks one index in the sort's order and stops after a page: (authority, id) for received
 * and reference, (authority, column, id) for status since, customer and due, and for the status,
 * service and municipality sorts one (authority, column, id) range per value, in the order
 * `SegmentOrder` ranks them. Free text and a due range first read their ids (the search index's
 * newest matches, the due index's range) up to inboxTuning's limits: when that is all of them the
 * page and its counts are read by those ids; beyond, the walk keeps the matching rows and the counts
 * cover the newest matches (`countsExact` false), as on SQLite. Other counts come from the
 * tallies, or for "assigned to me" from the few assigned rows.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import type { InboxFilters } from './inbox-filters';
import { byValue, cursorOf, inboxTuning, searchWords, type InboxPage, type InboxRow, type SegmentKey, type SegmentOrder } from './inbox-query';
import type { InboxRepository } from './inbox-repository';
import { sortKind } from './inbox-sort';
import { countByStatus, type TallyRow } from './inbox-tally';

const COLUMNS = `s.id, s.reference, s.pack_id AS "packId", s.pack_version AS "packVersion", s.service_id AS "serviceId",
  s.contact_name AS "customerName", s.municipality_code AS municipality, s.status, s.submitted_at AS "submittedAt",
  s.status_since AS "statusSince", s.assignee_id AS "assigneeId", u.name AS "assigneeName", s.due_date AS "dueDate", s.open_due_date AS "openDueDate"`;

const SEGMENT_COLUMN: Record<SegmentKey, string> = { status: 's.status', service: 's.service_id', municipality: 's.municipality_code' };
const SEGMENT_OF: Record<SegmentKey, (r: TallyRow) => string> = { status: (r) => r.status, service: (r) => r.serviceId, municipality: (r) => r.municipality };
/** The column sorts' keys, compared as SQLite compares them (code points; customer names ASCII case-folded). */
const COLUMN_SORT: Record<'statusSince' | 'customer', (value: string) => string> = {
  statusSince: (v) => `${v} COLLATE "C"`,
  customer: (v) => `(inbox.nocase(${v}) COLLATE "C")`,
};

/** A statement's parameters, numbered as they are added. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The words as a tsquery: each as written, without accents, or as a Finnish or Swedish stem (migration 0005); the last may be unfinished (a prefix). */
function textQuery(words: string[], p: Params): string {
  // Words hold letters and digits only, so quoting them keeps tsquery syntax out.
  return `(${words.map((w, i) => `inbox.word_query(${p.add(i === words.length - 1 ? `'${w}':*` : `'${w}'`)})`).join(' && ')})`;
}

/**
 * What narrows the rows beyond the filters: the ids the text or the due range matched (when few),
 * or the text itself (when many: then its matches are dense and a walk meets them soon).
 */
type Narrow = { ids: number[] } | { words: string[] } | null;

/** The WHERE terms of every filter (but the status when counting) and the narrowing. */
function filterTerms(authorityId: string, filters: InboxFilters, p: Params, opts: { status: boolean; narrow: Narrow }): string[] {
  // Cases removed as spam are in no inbox.
  const where = [`s.authority_id = ${p.add(authorityId)}`, 's.removed_at IS NULL'];
  if (opts.status && filters.status !== undefined) where.push(`s.status = ${p.add(filters.status)}`);
  if (filters.serviceId !== undefined) where.push(`s.service_id = ${p.add(filters.serviceId)}`);
  if (filters.municipality !== undefined) where.push(`s.municipality_code = ${p.add(filters.municipality)}`);
  if (filters.assigneeId !== undefined) where.push(`s.assignee_id = ${p.add(filters.assigneeId)}`);
  if (filters.due?.from !== undefined) where.push(`s.open_due_date COLLATE "C" >= ${p.add(filters.due.from)}`);
  if (filters.due) where.push(`s.open_due_date COLLATE "C" < ${p.add(filters.due.before)}`);
  if (filters.submittedFrom !== undefined) where.push(`s.submitted_at COLLATE "C" >= ${p.add(filters.submittedFrom)}`);
  if (filters.submittedBefore !== undefined) where.push(`s.submitted_at COLLATE "C" < ${p.add(filters.submittedBefore)}`);
  if (opts.narrow && 'ids' in opts.narrow) where.push(`s.id = ANY(${p.add(opts.narrow.ids)}::bigint[])`);
  if (opts.narrow && 'words' in opts.narrow) where.push(`s.id IN (SELECT submission_id FROM inbox.search WHERE vector @@ ${textQuery(opts.narrow.words, p)})`);
  return where;
}

const cmp = (dir: 'asc' | 'desc') => (dir === 'asc' ? '>' : '<');

/** One walk of an index in sort order: its extra terms and its ORDER BY. */
interface Walk {
  terms: (p: Params) => string[];
  orderBy: string;
}

/** The walks that list the filtered rows in sort order after the cursor; a page takes rows from the first ones until it is full. */
function walks(filters: InboxFilters, tally: TallyRow[], order: SegmentOrder): Walk[] {
  const { key, dir } = filters.sort;
  const d = dir.toUpperCase();
  const after = filters.after;
  const kind = sortKind(key);
  if (kind === 'id') return [{ terms: (p) => (after ? [`s.id ${cmp(dir)} ${p.add(after.id)}`] : []), orderBy: `s.id ${d}` }];
  if (kind === 'column') {
    const expr = COLUMN_SORT[key as keyof typeof COLUMN_SORT](key === 'customer' ? 's.contact_name' : 's.status_since');
    const keyOf = COLUMN_SORT[key as keyof typeof COLUMN_SORT];
    return [
      {
        terms: (p) => (after ? [`(${expr}, s.id) ${cmp(dir)} (${keyOf(`${p.add(after.key ?? '')}::text`)}, ${p.add(after.id)}::bigint)`] : []),
        orderBy: `${expr} ${d}, s.id ${d}`,
      },
    ];
  }
  if (kind === 'due') {
    // Cases with an open due date by (due date, id), then the rest by id; both in the sort's
    // direction, the rest always last. A due filter keeps only dated cases.
    const due = 's.open_due_date COLLATE "C"';
    const inUndated = after !== undefined && after.key === undefined;
    const list: Walk[] = [];
    if (!inUndated) {
      list.push({
        terms: (p) => (after ? [`(${due}, s.id) ${cmp(dir)} (${p.add(after.key)}::text COLLATE "C", ${p.add(after.id)}::bigint)`] : ['s.open_due_date IS NOT NULL']),
        orderBy: `${due} ${d}, s.id ${d}`,
      });
    }
    if (!filters.due) list.push({ terms: (p) => ['s.open_due_date IS NULL', ...(inUndated ? [`s.id ${cmp(dir)} ${p.add(after.id)}`] : [])], orderBy: `s.id ${d}` });
    return list;
  }
  const seg = key as SegmentKey;
  const present = new Set(tally.filter((r) => filters.status === undefined || r.status === filters.status).map(SEGMENT_OF[seg]));
  if (after?.key !== undefined) present.add(after.key);
  const values = order(seg, [...present], filters.lang);
  if (dir === 'desc') values.reverse();
  const start = after?.key !== undefined ? values.indexOf(after.key) : 0;
  return values.slice(start).map((value, i) => ({
    terms: (p) => [`${SEGMENT_COLUMN[seg]} = ${p.add(value)}`, ...(i === 0 && after ? [`s.id ${cmp(dir)} ${p.add(after.id)}`] : [])],
    orderBy: `s.id ${d}`,
  }));
}

/** A statement's name from its text, so that each text is prepared once per connection. */
function named(text: string): string {
  return `inbox.${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
}

export function createPgInboxRepository(db: PgQueryable): Promised<InboxRepository> {
  const query = async <T extends pg.QueryResultRow>(text: string, p: Params): Promise<T[]> => (await db.query<T>({ name: named(text), text, values: p.values })).rows;

  /** The authority's tally rows under the service, municipality and date filters (dates by day, as the filters are whole days). */
  const tallyRows = async (authorityId: string, filters: InboxFilters): Promise<TallyRow[]> => {
    const p = new Params();
    const where = [`authority_id = ${p.add(authorityId)}`];
    if (filters.serviceId !== undefined) where.push(`service_id = ${p.add(filters.serviceId)}`);
    if (filters.municipality !== undefined) where.push(`municipality_code = ${p.add(filters.municipality)}`);
    const dated = filters.submittedFrom !== undefined || filters.submittedBefore !== undefined;
    if (dated) where.push(`day >= ${p.add((filters.submittedFrom ?? '0000-01-01').slice(0, 10))}`, `day < ${p.add((filters.submittedBefore ?? '9999-12-31').slice(0, 10))}`);
    const text = `SELECT service_id AS "serviceId", municipality_code AS municipality, status, sum(n)::bigint AS n FROM ${dated ? 'inbox.daily_tally' : 'inbox.tally'}
      WHERE ${where.join(' AND ')} GROUP BY service_id, municipality_code, status HAVING sum(n) > 0`;
    return query<TallyRow>(text, p);
  };

  /** Per-status counts of the filtered rows (every status), read from the rows up to `cap`; exact below it. */
  const rowCounts = async (authorityId: string, filters: InboxFilters, narrow: Narrow, cap: number) => {
    const p = new Params();
    const where = filterTerms(authorityId, filters, p, { status: false, narrow });
    const text = `SELECT status, count(*) AS n FROM (SELECT s.status FROM submissions s WHERE ${where.join(' AND ')} LIMIT ${p.add(cap + 1)}) AS f GROUP BY status`;
    const counts: Record<string, number> = {};
    let total = 0;
    for (const row of await query<{ status: string; n: number }>(text, p)) {
      counts[row.status] = row.n;
      total += row.n;
    }
    return { counts, exact: total <= cap };
  };

  /** The ids matching free text, newest first, read from the search index alone; at most `cap` + 1, so that "more" shows. */
  const textIds = async (words: string[], cap: number): Promise<number[]> => {
    const p = new Params();
    // Ordered by an expression, not the key: a walk down the key checking every row for a rarer
    // match costs far more than reading all matches from the GIN index and keeping the newest.
    const text = `SELECT submission_id AS id FROM inbox.search WHERE vector @@ ${textQuery(words, p)} ORDER BY submission_id + 0 DESC LIMIT ${p.add(cap + 1)}`;
    return (await query<{ id: number }>(text, p)).map((r) => r.id);
  };

  /** The ids of the authority's cases in the due range, from the due index alone; at most `cap` + 1. */
  const dueIds = async (authorityId: string, filters: InboxFilters, cap: number): Promise<number[]> => {
    const p = new Params();
    const where = filterTerms(authorityId, { sort: filters.sort, lang: filters.lang, limit: filters.limit, due: filters.due }, p, { status: false, narrow: null });
    return (await query<{ id: number }>(`SELECT s.id FROM submissions s WHERE ${where.join(' AND ')} LIMIT ${p.add(cap + 1)}`, p)).map((r) => r.id);
  };

  async function page(authorityId: string, userId: number, filters: InboxFilters, order: SegmentOrder = byValue): Promise<InboxPage> {
    let words: string[] | null = null;
    if (filters.q !== undefined) {
      words = searchWords(filters.q);
      if (words === null) return { rows: [], nextCursor: null, counts: {}, countsExact: true };
    }
    const tally = await tallyRows(authorityId, filters);
    let counts: Record<string, number>;
    let countsExact = true;
    let narrow: Narrow = null;
    if (words !== null || filters.due !== undefined) {
      // As on SQLite: the matches (or the due range) first, up to a limit; when that is all of them
      // the page and its counts are read by id, else the walks keep the matching rows.
      const cap = words !== null && sortKind(filters.sort.key) === 'id' ? inboxTuning.countMatchLimit : inboxTuning.inMemorySortLimit;
      const ids = words !== null ? await textIds(words, cap) : await dueIds(authorityId, filters, cap);
      if (ids.length <= cap) {
        narrow = { ids };
        ({ counts } = await rowCounts(authorityId, filters, narrow, cap));
      } else if (words !== null) {
        narrow = { words };
        ({ counts } = await rowCounts(authorityId, filters, { ids: ids.slice(0, inboxTuning.countMatchLimit) }, cap));
        countsExact = false;
      } else {
        ({ counts, exact: countsExact } = await rowCounts(authorityId, filters, null, inboxTuning.dueCountLimit));
      }
    } else if (filters.assigneeId !== undefined) {
      // The handler's assigned cases are few: counted from their index.
      ({ counts } = await rowCounts(authorityId, filters, null, Number.MAX_SAFE_INTEGER - 1));
    } else {
      counts = countByStatus(tally);
    }
    const want = filters.limit + 1;
    const rows: InboxRow[] = [];
    for (const walk of walks(filters, tally, order)) {
      const p = new Params();
      const where = [...filterTerms(authorityId, filters, p, { status: true, narrow }), ...walk.terms(p)];
      const user = p.add(userId);
      const text = `SELECT ${COLUMNS},
          CASE WHEN EXISTS (SELECT 1 FROM case_reads r WHERE r.submission_id = s.id AND r.user_id = ${user} AND r.read_at >= s.updated_at) THEN 0 ELSE 1 END AS unread
        FROM submissions s LEFT JOIN users u ON u.id = s.assignee_id
        WHERE ${where.join(' AND ')} ORDER BY ${walk.orderBy} LIMIT ${p.add(want - rows.length)}`;
      rows.push(...(await query<InboxRow>(text, p)));
      if (rows.length >= want) break;
    }
    const more = rows.length > filters.limit;
    if (more) rows.length = filters.limit;
    return { rows, nextCursor: more ? cursorOf(filters, rows[rows.length - 1]) : null, counts, countsExact };
  }

  return {
    page,
    // The triggers index each change as it is written: nothing waits in a queue.
    indexQueuedText: async () => 0,
  };
}

/**
 * Derives the inbox's tallies and search index again from every submission (migration 0005's
 * inbox.rebuild()): after rows were copied in without triggers, as a migration of an existing
 * database copies them.
 */
export async function rebuildPgInbox(db: PgQueryable): Promise<void> {
  await db.query('SELECT inbox.rebuild()');
}
