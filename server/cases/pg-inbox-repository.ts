/**
 * The handler inbox on PostgreSQL, answering as inbox-query.ts does on SQLite: the same filters,
 * sorts, keyset cursors and per-status counts. What SQLite keeps in its FTS and tally tables lives
 * in the schema "inbox" (migration 0005), kept by triggers as submissions change:
 *
 * - `inbox.tally` and `inbox.daily_tally` count the cases by service, municipality and status (and
 *   sending day), so a page's counts under those filters are a sum over a few small rows;
 * - `inbox.search` holds each case's words as written (names, references: the `simple`
 *   configuration) and as Finnish and Swedish stems, in a GIN index, so free text finds what
 *   SQLite finds and inflected forms too. A send only queues its case (`inbox.search_queue`,
 *   migration 0008), as SQLite's does: the words are indexed in batches by the background loop, and
 *   by a search before it reads, so no search misses a case.
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
import { byValue, countStatuses, cursorOf, inboxTuning, pageInMemory, searchWords, type InboxPage, type InboxRow, type SegmentKey, type SegmentOrder, type SortFields } from './inbox-query';
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

/** What a handler typed, as one tsquery's text (computed once per page, then a constant to every statement). */
interface Search {
  query: string;
}

function textQuery(search: Search, p: Params): string {
  return `${p.add(search.query)}::tsquery`;
}

export const pgSearchTuning = {
  /** Matches read at once, unordered, when the planner reckons at most this many times those wanted; else bucket by bucket. */
  allAtOnce: 4,
};

/** Words a prefix may stand for at most; beyond, the GIN index matches the prefix itself. */
const PREFIX_WORDS = 64;

/**
 * What narrows the rows beyond the filters: free text, checked on each row the walk meets (its
 * matches are then many, so a walk in sort order meets a page of them soon).
 */
type Narrow = { search: Search } | null;

/** The due index's order (authority, open due date, id): a due range's first cases are read in it, as on SQLite. */
const DUE_ORDER = 'ORDER BY s.open_due_date COLLATE "C", s.id';

/** Ids per bucket lexeme of the search vectors (PostgreSQL migration 0007: '~' and id >> 14). */
const BUCKET_IDS = 2 ** 14;

/** The bucket lexemes lo…hi as a tsquery's text (any of them). */
function bucketQuery(lo: number, hi: number): string {
  const terms: string[] = [];
  for (let b = hi; b >= lo; b--) terms.push(`'~${b}'`);
  return terms.join(' | ');
}

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
  // A scalar subquery, checked row by row as the walk meets them: as a join the planner would read
  // every match first (a common word's 100,000) and sort them, where the walk stops after a page.
  if (opts.narrow) where.push(`(SELECT f.vector @@ ${textQuery(opts.narrow.search, p)} FROM inbox.search f WHERE f.submission_id = s.id)`);
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

/** Whether the user has not read the case since it last changed, as a column. */
function unread(user: string): string {
  return `CASE WHEN EXISTS (SELECT 1 FROM case_reads r WHERE r.submission_id = s.id AND r.user_id = ${user} AND r.read_at >= s.updated_at) THEN 0 ELSE 1 END AS unread`;
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

  /**
   * Per-status counts of the filtered rows (every status), read from the rows up to `cap`; exact
   * below it. Beyond it, the first rows in `orderBy` (SQLite's index order) are counted.
   */
  const rowCounts = async (authorityId: string, filters: InboxFilters, cap: number, orderBy = '') => {
    const p = new Params();
    const where = filterTerms(authorityId, filters, p, { status: false, narrow: null });
    const text = `SELECT status, count(*) AS n FROM (SELECT s.status FROM submissions s WHERE ${where.join(' AND ')} ${orderBy} LIMIT ${p.add(cap + 1)}) AS f GROUP BY status`;
    const counts: Record<string, number> = {};
    let total = 0;
    for (const row of await query<{ status: string; n: number }>(text, p)) {
      counts[row.status] = row.n;
      total += row.n;
    }
    return { counts, exact: total <= cap };
  };

  /**
   * What was typed as a tsquery: each word as written, without accents, or as a Finnish or Swedish
   * stem (inbox.word_query, PostgreSQL migrations 0005 and 0007); the last may be unfinished, and is then the
   * whole words of the index it begins, in each of its forms (a GIN prefix match would read every
   * match of each such word), or the prefix itself when it begins many. Null when nothing matches.
   */
  const searchOf = async (words: string[]): Promise<Search | null> => {
    const last = words[words.length - 1];
    const p = new Params();
    const expand = `SELECT l.word FROM unnest(tsvector_to_array(inbox.words(${p.add(last)}))) AS f(prefix)
      CROSS JOIN LATERAL (SELECT word FROM inbox.lexemes WHERE word >= f.prefix COLLATE "C" AND word < (f.prefix || chr(1114111)) COLLATE "C" ORDER BY word LIMIT ${p.add(PREFIX_WORDS + 1)}) AS l`;
    const begun = [...new Set((await query<{ word: string }>(expand, p)).map((r) => r.word))];
    if (begun.length === 0) return null;
    // Words hold letters and digits only, so quoting them keeps tsquery syntax out.
    const plain = begun.length <= PREFIX_WORDS && begun.every((w) => /^[\p{L}\p{N}]+$/u.test(w));
    const q = new Params();
    const terms = words.slice(0, -1).map((w) => `inbox.word_query(${q.add(`'${w}'`)})`);
    terms.push(plain ? `${q.add(begun.map((w) => `'${w}'`).join(' | '))}::tsquery` : `inbox.word_query(${q.add(`'${last}':*`)})`);
    const [row] = await query<{ query: string }>(`SELECT (${terms.join(' && ')})::text AS query`, q);
    return row ? { query: row.query } : null;
  };

  /** The matching ids of the buckets lo…hi, at most `limit` of them in no order. */
  const bucketMatches = async (search: Search, lo: number, hi: number, limit: number): Promise<number[]> => {
    const p = new Params();
    const match = `vector @@ (${textQuery(search, p)} && ${p.add(bucketQuery(lo, hi))}::tsquery)`;
    const text = `SELECT submission_id AS id FROM inbox.search WHERE ${match} LIMIT ${p.add(limit)}`;
    return (await query<{ id: number }>(text, p)).map((r) => r.id);
  };

  /** How many cases the planner reckons match (from the search index's statistics of its words). */
  const reckonedMatches = async (search: Search): Promise<number> => {
    const result = await db.query<{ 'QUERY PLAN': Array<{ Plan: { 'Plan Rows': number } }> }>({
      text: 'EXPLAIN (FORMAT JSON) SELECT 1 FROM inbox.search WHERE vector @@ $1::tsquery',
      values: [search.query],
    });
    return result.rows[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? Number.POSITIVE_INFINITY;
  };

  /**
   * The ids matching free text, newest first, at most `cap` + 1 (so that "more" shows), as SQLite's
   * FTS index gives them. When the planner reckons the matches few (a rare word, two words
   * together), all are read at once. Else they are read bucket by bucket from the newest ids
   * (PostgreSQL migration 0007): a round asks the GIN index for the matches of some buckets; when those hold
   * more than are still wanted, fewer buckets are asked again, else the next round takes as many
   * older ones as the matches met so far (or the reckoning) say hold the rest. A common word so
   * costs a few thousand rows, not all its matches.
   */
  const newestMatches = async (search: Search, cap: number): Promise<number[]> => {
    const [last] = await query<{ top: number | null }>('SELECT max(submission_id) AS top FROM inbox.search', new Params());
    if (last?.top == null) return [];
    const reckoned = await reckonedMatches(search);
    if (reckoned <= pgSearchTuning.allAtOnce * (cap + 1)) {
      const p = new Params();
      const text = `SELECT submission_id AS id FROM inbox.search WHERE vector @@ ${textQuery(search, p)} ORDER BY submission_id DESC LIMIT ${p.add(cap + 1)}`;
      return (await query<{ id: number }>(text, p)).map((r) => r.id);
    }
    const top = Math.floor(last.top / BUCKET_IDS);
    // Buckets a round takes at most while none has matched: as many as the reckoning says hold what
    // is wanted, or 4 (a word's matches may all lie further back, as a year's references do).
    const widest = Math.max(4, Math.ceil(((cap + 1) * (top + 1)) / reckoned));
    const ids: number[] = [];
    let hi = top;
    let n = 1;
    while (hi >= 0 && ids.length <= cap) {
      const lo = Math.max(0, hi - n + 1);
      const need = cap + 1 - ids.length;
      const found = await bucketMatches(search, lo, hi, need + 1);
      if (found.length > need) {
        if (lo < hi) {
          n = Math.ceil((hi - lo + 1) / 2);
          continue;
        }
        // One bucket holds more than are wanted, so its matches are dense: walk it newest first,
        // checking each row (CASE keeps the GIN index out of it), until enough are found.
        const p = new Params();
        const text = `SELECT submission_id AS id FROM inbox.search
          WHERE submission_id >= ${p.add(hi * BUCKET_IDS)} AND submission_id < ${p.add((hi + 1) * BUCKET_IDS)}
            AND CASE WHEN vector @@ ${textQuery(search, p)} THEN true ELSE false END
          ORDER BY submission_id DESC LIMIT ${p.add(need)}`;
        ids.push(...(await query<{ id: number }>(text, p)).map((r) => r.id));
        break;
      }
      ids.push(...found.sort((a, b) => b - a));
      hi = lo - 1;
      const perBucket = ids.length / (top - hi);
      n = perBucket > 0 ? Math.max(1, Math.min(2 * n, Math.floor((cap + 1 - ids.length) / perBucket))) : Math.min(2 * n, widest);
    }
    return ids;
  };

  /** The ids of the authority's cases in the due range, from the due index alone, in its order; at most `cap` + 1. */
  const dueIds = async (authorityId: string, filters: InboxFilters, cap: number): Promise<number[]> => {
    const p = new Params();
    const where = filterTerms(authorityId, { sort: filters.sort, lang: filters.lang, limit: filters.limit, due: filters.due }, p, { status: false, narrow: null });
    return (await query<{ id: number }>(`SELECT s.id FROM submissions s WHERE ${where.join(' AND ')} ${DUE_ORDER} LIMIT ${p.add(cap + 1)}`, p)).map((r) => r.id);
  };

  /** The cases of `ids` that pass every filter but the status (the counts need every status), with what sorts them. */
  const candidates = async (authorityId: string, filters: InboxFilters, ids: number[]): Promise<SortFields[]> => {
    const p = new Params();
    const where = filterTerms(authorityId, filters, p, { status: false, narrow: null });
    const text = `SELECT s.id, s.status, s.status_since AS "statusSince", s.contact_name AS "customerName", s.service_id AS "serviceId",
        s.municipality_code AS municipality, s.open_due_date AS "openDueDate"
      FROM submissions s WHERE s.id = ANY(${p.add(ids)}::bigint[]) AND ${where.join(' AND ')}`;
    return query<SortFields>(text, p);
  };

  /** The page's rows of `ids`, in that order. */
  const rowsByIds = async (userId: number, ids: number[]): Promise<InboxRow[]> => {
    const p = new Params();
    const text = `SELECT ${COLUMNS}, ${unread(p.add(userId))} FROM submissions s LEFT JOIN users u ON u.id = s.assignee_id WHERE s.id = ANY(${p.add(ids)}::bigint[])`;
    const byId = new Map((await query<InboxRow>(text, p)).map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  };

  /** Rows in sort order from the walks, at most `want`. */
  const walkRows = async (authorityId: string, userId: number, filters: InboxFilters, tally: TallyRow[], order: SegmentOrder, narrow: Narrow, want: number) => {
    const rows: InboxRow[] = [];
    for (const walk of walks(filters, tally, order)) {
      const p = new Params();
      const where = [...filterTerms(authorityId, filters, p, { status: true, narrow }), ...walk.terms(p)];
      const text = `SELECT ${COLUMNS}, ${unread(p.add(userId))}
        FROM submissions s LEFT JOIN users u ON u.id = s.assignee_id
        WHERE ${where.join(' AND ')} ORDER BY ${walk.orderBy} LIMIT ${p.add(want - rows.length)}`;
      rows.push(...(await query<InboxRow>(text, p)));
      if (rows.length >= want) break;
    }
    return rows;
  };

  /** Indexes what sends queued (migration 0008), all of it or at most `maxRounds` batches; answers how many. */
  async function indexQueuedText(opts: { batch?: number; maxRounds?: number } = {}): Promise<number> {
    const batch = opts.batch ?? 5000;
    let rounds = opts.maxRounds ?? Infinity;
    let total = 0;
    while (rounds-- > 0) {
      const [{ done }] = await query<{ done: number }>(`SELECT inbox.index_queued(${batch | 0}) AS done`, new Params());
      total += done;
      if (done < batch) break;
    }
    return total;
  }

  async function page(authorityId: string, userId: number, filters: InboxFilters, order: SegmentOrder = byValue): Promise<InboxPage> {
    let search: Search | null = null;
    if (filters.q !== undefined) {
      // Sends only queue their text; index what is queued so a search never misses a case.
      await indexQueuedText();
      const words = searchWords(filters.q);
      search = words && (await searchOf(words));
      if (search === null) return { rows: [], nextCursor: null, counts: {}, countsExact: true };
    }
    const tally = await tallyRows(authorityId, filters);
    const want = filters.limit + 1;
    let rows: InboxRow[];
    let counts: Record<string, number>;
    let countsExact = true;
    // The steps of SQLite's inbox (inbox-query.ts), so that both answer alike.
    if (search === null && filters.due === undefined) {
      // The handler's assigned cases are few: counted from their index.
      counts = filters.assigneeId !== undefined ? (await rowCounts(authorityId, filters, Number.MAX_SAFE_INTEGER - 1)).counts : countByStatus(tally);
      rows = await walkRows(authorityId, userId, filters, tally, order, null, want);
    } else if (search === null) {
      // A due range: its ids from the due index, sorted here when few, else walked in sort order.
      const cap = inboxTuning.inMemorySortLimit;
      const ids = await dueIds(authorityId, filters, cap);
      if (ids.length <= cap) {
        const found = await candidates(authorityId, filters, ids);
        counts = countStatuses(found);
        rows = await rowsByIds(userId, pageInMemory(filters, tally, order, found).map((r) => r.id));
      } else {
        rows = await walkRows(authorityId, userId, filters, tally, order, null, want);
        const onlyDue = filters.serviceId === undefined && filters.municipality === undefined && filters.assigneeId === undefined
          && filters.submittedFrom === undefined && filters.submittedBefore === undefined;
        if (onlyDue) {
          ({ counts, exact: countsExact } = await rowCounts(authorityId, filters, inboxTuning.dueCountLimit - 1, DUE_ORDER));
        } else {
          counts = countStatuses(await candidates(authorityId, filters, ids.slice(0, inboxTuning.countMatchLimit)));
          countsExact = false;
        }
      }
    } else {
      const byId = sortKind(filters.sort.key) === 'id';
      const cap = byId ? inboxTuning.countMatchLimit : inboxTuning.inMemorySortLimit;
      const ids = await newestMatches(search, cap);
      countsExact = ids.length <= cap;
      // Beyond the limit the counts cover the newest matches only, so fewer will do.
      const found = await candidates(authorityId, filters, ids.slice(0, countsExact ? cap : inboxTuning.countMatchLimit));
      counts = countStatuses(found);
      let inMemory = countsExact ? pageInMemory(filters, tally, order, found) : null;
      // In received order the newest matches at hand usually fill the page.
      if (!inMemory && byId && filters.sort.dir === 'desc') {
        const newest = pageInMemory(filters, tally, order, found);
        if (newest.length > filters.limit) inMemory = newest;
      }
      rows = inMemory ? await rowsByIds(userId, inMemory.map((r) => r.id)) : await walkRows(authorityId, userId, filters, tally, order, { search }, want);
    }
    const more = rows.length > filters.limit;
    if (more) rows.length = filters.limit;
    return { rows, nextCursor: more ? cursorOf(filters, rows[rows.length - 1]) : null, counts, countsExact };
  }

  return {
    page,
    indexQueuedText,
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
