import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Sqlite } from '../db/connection';
import { parseInboxFilters, type InboxFilters } from './inbox-filters';
import { createDateIdRange } from './inbox-date-ids';
import { createSqliteInbox, ftsMatchQuery, inboxTuning, type InboxRow, type SqliteInbox } from './inbox-query';
import { INBOX_SORT_KEYS } from './inbox-sort';
import { INBOX_PLACES_SQL } from '../../test/support/inbox-places';

/** Each test database's inbox, made once as the app context makes it. */
const inboxes = new Map<Sqlite, SqliteInbox>();
function inboxOf(db: Sqlite): SqliteInbox {
  let inbox = inboxes.get(db);
  if (!inbox) {
    inbox = createSqliteInbox(db);
    inboxes.set(db, inbox);
  }
  return inbox;
}
const queryInbox = (db: Sqlite, ...args: Parameters<SqliteInbox['page']>) => inboxOf(db).page(...args);
const inboxSql = (db: Sqlite, ...args: Parameters<SqliteInbox['sql']>) => inboxOf(db).sql(...args);
const dateIdRange = (db: Sqlite, filters: Parameters<ReturnType<typeof createDateIdRange>>[0]) => createDateIdRange(db)(filters);

let dir: string;
let sqlite: Sqlite;
let handlerId: number;
/** "Now" for the due filters: Thursday 14 May 2026, so "overdue" is due by the 13th, "this week" the 14th–17th. */
const NOW = new Date('2026-05-14T10:00:00.000Z');

function filters(query: Record<string, string>): InboxFilters {
  const parsed = parseInboxFilters(query, handlerId, NOW);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fields));
  return parsed.filters;
}

/** Places, Helsinki and Turku, a Helsinki handler and a deployment each, in a new database. */
function openInboxDatabase(path: string): Sqlite {
  const db = openDatabase(path).sqlite;
  db.exec(INBOX_PLACES_SQL);
  return db;
}

/** Inserts a submission; a null id takes the next one. */
const INSERT_SUBMISSION = `INSERT INTO submissions (id, reference, deployment_id, authority_id, pack_id, pack_version, service_id,
  municipality_code, data_json, contact_name, contact_email, lang, status, status_since, submitted_at, updated_at, idempotency_key, assignee_id,
  due_date, open_due_date)
  VALUES (@id, @reference, @deploymentId, @authorityId, 1, 1, @serviceId, @municipality, @data, @name, @email, 'fi', @status, @at, @at, @at, @key, @assignee,
  @due, @openDue)`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kevyt-inbox-'));
  sqlite = openInboxDatabase(join(dir, 'inbox.db'));
  handlerId = 1;
  const insert = sqlite.prepare(INSERT_SUBMISSION);
  const names = ['Aino Virtanen', 'Björn Lindqvist', 'Matti Korhonen', 'Sofia Nieminen'];
  for (let i = 1; i <= 120; i++) {
    const helsinki = i % 4 !== 0;
    const at = new Date(Date.UTC(2026, 4, 1 + Math.floor(i / 10), 9, 0, i)).toISOString();
    insert.run({
      id: null,
      reference: `KV-2026-${String(i).padStart(6, '0')}`,
      deploymentId: helsinki ? 1 : 2,
      authorityId: helsinki ? 'municipality-091' : 'municipality-853',
      serviceId: i % 3 === 0 ? 'noise-notification' : 'public-event',
      municipality: helsinki ? (i % 2 ? '091' : '049') : '853',
      data: JSON.stringify({ eventName: i === 7 ? 'Kallion korttelijuhlat' : `Tapahtuma ${i}`, venue: { street: 'Fleminginkatu 1' }, visitors: i * 10 }),
      name: names[i % names.length],
      email: `asiakas${i}@example.fi`,
      status: i % 5 === 0 ? 'RECEIVED' : 'SUBMITTED',
      at,
      key: `idem-key-${i}`,
      assignee: i % 7 === 0 && helsinki ? handlerId : null,
      // Every sixth has no response time; days repeat so the due sort meets ties; every tenth is answered.
      due: i % 6 === 1 ? null : `2026-05-${10 + (i % 9)}`,
      openDue: i % 6 === 1 || i % 10 === 0 ? null : `2026-05-${10 + (i % 9)}`,
    });
  }
});

afterAll(() => {
  sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('handler inbox query', () => {
  it('shows only the own authority’s submissions, newest first, page by page without gaps or repeats', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await queryInbox(sqlite, 'municipality-091', handlerId, filters(cursor ? { limit: '25', cursor } : { limit: '25' }));
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(90);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(seen.every((id) => id % 4 !== 0)).toBe(true);
  });

  it('counts each status of the own authority', async () => {
    const page = await queryInbox(sqlite, 'municipality-091', handlerId, filters({}));
    expect(page.counts.RECEIVED + page.counts.SUBMITTED).toBe(90);
    expect(page.counts.RECEIVED).toBe(18);
  });

  it('filters by status, service, municipality and assignee', async () => {
    const received = await queryInbox(sqlite, 'municipality-091', handlerId, filters({ status: 'RECEIVED', limit: '200' }));
    expect(received.rows.every((r) => r.status === 'RECEIVED')).toBe(true);
    expect(received.rows).toHaveLength(18);
    const noise = await queryInbox(sqlite, 'municipality-091', handlerId, filters({ service: 'noise-notification', limit: '200' }));
    expect(noise.rows.every((r) => r.serviceId === 'noise-notification')).toBe(true);
    const espoo = await queryInbox(sqlite, 'municipality-091', handlerId, filters({ municipality: '049', limit: '200' }));
    expect(espoo.rows.length).toBeGreaterThan(0);
    expect(espoo.rows.every((r) => r.municipality === '049')).toBe(true);
    const mine = await queryInbox(sqlite, 'municipality-091', handlerId, filters({ assigned: 'me', limit: '200' }));
    expect(mine.rows.map((r) => r.assigneeName)).toEqual(mine.rows.map(() => 'Kaisa Käsittelijä'));
    expect(mine.rows.length).toBeGreaterThan(0);
  });

  it('filters by submission date, both ends inclusive', async () => {
    const page = await queryInbox(sqlite, 'municipality-091', handlerId, filters({ from: '2026-05-02', to: '2026-05-03', limit: '200' }));
    expect(page.rows.length).toBeGreaterThan(0);
    expect(page.rows.every((r) => r.submittedAt >= '2026-05-02' && r.submittedAt < '2026-05-04')).toBe(true);
  });

  it('finds by reference, customer name and answers, ignoring accents and case', async () => {
    const byReference = await queryInbox(sqlite, 'municipality-091', handlerId, filters({ q: 'KV-2026-000007' }));
    expect(byReference.rows.map((r) => r.reference)).toEqual(['KV-2026-000007']);
    const byAnswer = await queryInbox(sqlite, 'municipality-091', handlerId, filters({ q: 'kallion kortteli' }));
    expect(byAnswer.rows.map((r) => r.id)).toEqual([7]);
    const byName = await queryInbox(sqlite, 'municipality-091', handlerId, filters({ q: 'bjorn', limit: '200' }));
    expect(byName.rows.length).toBeGreaterThan(0);
    expect(byName.rows.every((r) => r.customerName === 'Björn Lindqvist')).toBe(true);
  });

  it('never finds another authority’s submission by free text', async () => {
    const page = await queryInbox(sqlite, 'municipality-091', handlerId, filters({ q: 'KV-2026-000008' }));
    expect(page.rows).toEqual([]);
  });

  it('pages free-text results too', async () => {
    const first = await queryInbox(sqlite, 'municipality-091', handlerId, filters({ q: 'Fleminginkatu', limit: '50' }));
    expect(first.rows).toHaveLength(50);
    const second = await queryInbox(sqlite, 'municipality-091', handlerId, filters({ q: 'Fleminginkatu', limit: '50', cursor: first.nextCursor ?? '' }));
    expect(second.rows).toHaveLength(40);
    expect(second.nextCursor).toBeNull();
    expect(Math.min(...first.rows.map((r) => r.id))).toBeGreaterThan(Math.max(...second.rows.map((r) => r.id)));
  });

  it('marks a case unread until the handler has read it after its last change', async () => {
    const before = (await queryInbox(sqlite, 'municipality-091', handlerId, filters({ limit: '1' }))).rows[0];
    expect(before.unread).toBe(1);
    sqlite.prepare('INSERT INTO case_reads (submission_id, user_id, read_at) VALUES (?, ?, ?)').run(before.id, handlerId, '2027-01-01T00:00:00.000Z');
    const after = (await queryInbox(sqlite, 'municipality-091', handlerId, filters({ limit: '1' }))).rows[0];
    expect(after.unread).toBe(0);
  });

  it('treats search syntax as plain words', () => {
    expect(ftsMatchQuery('NEAR(a b) OR "x')).toBe('"NEAR" "a" "b" "OR" "x"*');
    expect(ftsMatchQuery('KV-2026-000123')).toBe('"KV" "2026" "000123"*');
    expect(ftsMatchQuery('---')).toBeNull();
  });

  it('uses an index for every filter and sort instead of scanning the table', () => {
    const variants: Array<Record<string, string>> = [{}, { status: 'RECEIVED' }, { service: 'public-event' }, { municipality: '091' }, { assigned: 'me' }];
    for (const q of variants) {
      for (const sort of ['-received', 'received', 'statusSince', '-customer', 'status', '-service', 'municipality']) {
        const sql = inboxSql(sqlite, 'municipality-091', filters({ ...q, sort }));
        const plan = sqlite
          .prepare(`EXPLAIN QUERY PLAN ${sql}`)
          .all({ authorityId: 'x', userId: 1, limit: 1, status: 'S', serviceId: 's', municipality: '091', assigneeId: 1, segment: 'x' }) as Array<{ detail: string }>;
        const details = plan.map((p) => p.detail).join(' | ');
        expect(details).not.toMatch(/SCAN s\b/);
        if (Object.keys(q).length === 0) expect(details, sort).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
        if (q.assigned) expect(details).toContain('submissions_inbox_assigned');
      }
    }
  });
});

/** Every row of the query, page by page. */
async function allPages(query: Record<string, string>, db: Sqlite = sqlite): Promise<InboxRow[]> {
  const rows: InboxRow[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await queryInbox(db, 'municipality-091', handlerId, filters(cursor ? { ...query, cursor } : query));
    rows.push(...page.rows);
    cursor = page.nextCursor;
    if (++pages > 100) throw new Error('paging does not end');
  } while (cursor);
  return rows;
}

const sortValue: Record<string, (r: InboxRow) => string | number> = {
  received: (r) => r.id,
  reference: (r) => r.reference,
  statusSince: (r) => r.statusSince,
  customer: (r) => r.customerName.toLowerCase(),
  status: (r) => r.status,
  service: (r) => r.serviceId,
  municipality: (r) => r.municipality,
  due: (r) => r.openDueDate ?? '',
};

/** Whether `b` may follow `a` in the sort: cases without an open due date come last in both directions. */
function follows(key: string, sign: number, a: InboxRow, b: InboxRow): boolean {
  if (key === 'due' && (a.openDueDate === null || b.openDueDate === null)) {
    if (a.openDueDate !== b.openDueDate) return b.openDueDate === null;
    return sign * (b.id - a.id) > 0;
  }
  const x = sortValue[key](a);
  const y = sortValue[key](b);
  return x === y ? sign * (b.id - a.id) > 0 : sign * (x < y ? 1 : -1) > 0;
}

describe('inbox sorting', () => {
  const text = ['', 'Fleminginkatu', 'Tapahtuma'];
  const tunings = [
    { name: 'walking the sort order', inMemorySortLimit: 0 },
    { name: 'sorting few rows in memory', inMemorySortLimit: 10_000 },
  ];
  for (const tuning of tunings) {
    it(`pages every sort both ways without gaps or repeats (${tuning.name})`, async () => {
      const saved = { ...inboxTuning };
      inboxTuning.inMemorySortLimit = tuning.inMemorySortLimit;
      try {
        for (const key of INBOX_SORT_KEYS) {
          for (const dir of ['', '-']) {
            for (const q of text) {
              for (const extra of [{}, { status: 'SUBMITTED' }, { municipality: '049' }, { due: 'overdue' }, { due: 'week', status: 'SUBMITTED' }] as Array<Record<string, string>>) {
                const query: Record<string, string> = { sort: `${dir}${key}`, limit: '7', ...extra, ...(q ? { q } : {}) };
                const paged = await allPages(query);
                const whole = (await queryInbox(sqlite, 'municipality-091', handlerId, filters({ ...query, limit: '200', sort: '-received' }))).rows;
                const label = JSON.stringify(query);
                expect(paged.map((r) => r.id).sort((a, b) => a - b), label).toEqual(whole.map((r) => r.id).sort((a, b) => a - b));
                const sign = dir === '-' ? -1 : 1;
                for (let i = 1; i < paged.length; i++) {
                  const [a, b] = [paged[i - 1], paged[i]];
                  expect(follows(key, sign, a, b), `${label} at ${i}: ${sortValue[key](a)} ${a.id} then ${sortValue[key](b)} ${b.id}`).toBe(true);
                }
              }
            }
          }
        }
      } finally {
        Object.assign(inboxTuning, saved);
      }
    });
  }

  it('refuses a cursor of another sort, naming both', async () => {
    const page = await queryInbox(sqlite, 'municipality-091', handlerId, filters({ sort: 'customer', limit: '5' }));
    const parsed = parseInboxFilters({ sort: '-received', cursor: page.nextCursor ?? '' }, handlerId);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.fields).toEqual([{ path: 'cursor', message: expect.stringMatching(/"customer".*"-received"/) }]);
    const service = await queryInbox(sqlite, 'municipality-091', handlerId, filters({ sort: 'service', limit: '5', lang: 'fi' }));
    const inSwedish = parseInboxFilters({ sort: 'service', lang: 'sv', cursor: service.nextCursor ?? '' }, handlerId);
    expect(inSwedish.ok).toBe(false);
  });

  it('names a bad sort', () => {
    const parsed = parseInboxFilters({ sort: 'price' }, handlerId);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.fields[0]).toEqual({ path: 'sort', message: expect.stringContaining('customer') });
  });
});

describe('inbox counts', () => {
  function expected(where: string, params: unknown[] = []): Record<string, number> {
    const rows = sqlite
      .prepare(`SELECT status, count(*) AS n FROM submissions s WHERE authority_id = 'municipality-091' AND ${where} GROUP BY status`)
      .all(...params) as Array<{ status: string; n: number }>;
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }

  it('respect every filter but the status', async () => {
    const count = (query: Record<string, string>) => queryInbox(sqlite, 'municipality-091', handlerId, filters(query));
    expect((await count({ service: 'noise-notification', status: 'RECEIVED' })).counts).toEqual(expected("service_id = 'noise-notification'"));
    expect((await count({ municipality: '049' })).counts).toEqual(expected("municipality_code = '049'"));
    expect((await count({ from: '2026-05-02', to: '2026-05-04' })).counts).toEqual(expected("submitted_at >= '2026-05-02' AND submitted_at < '2026-05-05'"));
    expect((await count({ from: '2026-05-03', municipality: '091' })).counts).toEqual(expected("submitted_at >= '2026-05-03' AND municipality_code = '091'"));
    expect((await count({ assigned: 'me' })).counts).toEqual(expected('assignee_id = ?', [handlerId]));
    const bjorn = await count({ q: 'Björn' });
    expect(bjorn.counts).toEqual(expected("contact_name = 'Björn Lindqvist'"));
    expect(bjorn.countsExact).toBe(true);
  });

  it('follow status changes', async () => {
    const before = (await queryInbox(sqlite, 'municipality-091', handlerId, filters({ service: 'public-event' }))).counts;
    const row = sqlite.prepare("SELECT id FROM submissions WHERE authority_id = 'municipality-091' AND service_id = 'public-event' AND status = 'SUBMITTED' LIMIT 1").get() as { id: number };
    sqlite.prepare("UPDATE submissions SET status = 'RECEIVED' WHERE id = ?").run(row.id);
    try {
      const after = (await queryInbox(sqlite, 'municipality-091', handlerId, filters({ service: 'public-event', from: '2026-01-01' }))).counts;
      expect(after).toEqual({ SUBMITTED: before.SUBMITTED - 1, RECEIVED: before.RECEIVED + 1 });
    } finally {
      sqlite.prepare("UPDATE submissions SET status = 'SUBMITTED' WHERE id = ?").run(row.id);
    }
  });

  it('say when free text matched too many cases to count them all', async () => {
    const saved = { ...inboxTuning };
    inboxTuning.countMatchLimit = 10;
    inboxTuning.inMemorySortLimit = 10;
    try {
      for (const sort of ['-received', 'customer']) {
        const page = await queryInbox(sqlite, 'municipality-091', handlerId, filters({ q: 'Fleminginkatu', sort }));
        expect(page.countsExact).toBe(false);
        expect(page.rows.length).toBe(50);
      }
    } finally {
      Object.assign(inboxTuning, saved);
    }
  });
});

describe('inbox filters', () => {
  it('names every bad parameter', () => {
    const parsed = parseInboxFilters({ municipality: 'Helsinki', from: '2026-02-30', limit: '0', cursor: 'x', assigned: 'you', status: ['A', 'B'], due: 'tomorrow' }, 1);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.fields.map((f) => f.path).sort()).toEqual(['assigned', 'cursor', 'due', 'from', 'limit', 'municipality', 'status']);
  });
});

describe('inbox due dates', () => {
  const all = (query: Record<string, string>) => allPages({ limit: '9', ...query });
  const openDue = (where: string) =>
    (sqlite.prepare(`SELECT id FROM submissions WHERE authority_id = 'municipality-091' AND ${where} ORDER BY id`).all() as Array<{ id: number }>).map((r) => r.id);

  it('"overdue" keeps the cases still waiting for an answer whose due day has passed, and counts them', async () => {
    const overdue = await all({ due: 'overdue' });
    expect(overdue.map((r) => r.id).sort((a, b) => a - b)).toEqual(openDue("open_due_date < '2026-05-14'"));
    expect(overdue.length).toBeGreaterThan(0);
    // Answered cases (no open due date) are never overdue, whatever their due date was.
    expect(overdue.every((r) => r.openDueDate !== null)).toBe(true);
    const page = await queryInbox(sqlite, 'municipality-091', handlerId, filters({ due: 'overdue' }));
    expect(Object.values(page.counts).reduce((a, b) => a + b, 0)).toBe(overdue.length);
    expect(page.countsExact).toBe(true);
  });

  it('"due this week" keeps the days from today to Sunday, also with other filters', async () => {
    const week = await all({ due: 'week', municipality: '091' });
    expect(week.map((r) => r.id).sort((a, b) => a - b)).toEqual(openDue("open_due_date BETWEEN '2026-05-14' AND '2026-05-17' AND municipality_code = '091'"));
    expect(week.length).toBeGreaterThan(0);
  });

  it('beyond the in-memory limit the due range is walked in sort order with the same rows; the due index alone counts it', async () => {
    const saved = { ...inboxTuning };
    inboxTuning.inMemorySortLimit = 5;
    inboxTuning.countMatchLimit = 5;
    try {
      const overdue = openDue("open_due_date < '2026-05-14'");
      const walked = await all({ due: 'overdue', sort: 'customer' });
      expect(walked.map((r) => r.id).sort((a, b) => a - b)).toEqual(overdue);
      // Only the due filter: the due index carries the status, so the counts are exact up to dueCountLimit.
      const counted = await queryInbox(sqlite, 'municipality-091', handlerId, filters({ due: 'overdue' }));
      expect(counted.countsExact).toBe(true);
      expect(Object.values(counted.counts).reduce((a, b) => a + b, 0)).toBe(overdue.length);
      const byStatus = sqlite.prepare("SELECT status, count(*) AS n FROM submissions WHERE authority_id = 'municipality-091' AND open_due_date < '2026-05-14' GROUP BY status").all() as Array<{ status: string; n: number }>;
      expect(counted.counts).toEqual(Object.fromEntries(byStatus.map((r) => [r.status, r.n])));
      inboxTuning.dueCountLimit = 3;
      expect((await queryInbox(sqlite, 'municipality-091', handlerId, filters({ due: 'overdue' }))).countsExact).toBe(false);
      // With another filter the counts come from the first matches and say they are partial.
      expect((await queryInbox(sqlite, 'municipality-091', handlerId, filters({ due: 'overdue', municipality: '091' }))).countsExact).toBe(false);
    } finally {
      Object.assign(inboxTuning, saved);
    }
  });

  it('sorts by due date through the due index, without sorting the rows', () => {
    for (const sort of ['due', '-due']) {
      const sql = inboxSql(sqlite, 'municipality-091', filters({ sort }));
      const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ authorityId: 'x', userId: 1, limit: 1 }) as Array<{ detail: string }>).map((p) => p.detail).join(' | ');
      expect(plan).toContain('submissions_sort_due');
      expect(plan).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
    }
  });
});

describe('inbox date ranges', () => {
  // Days are UTC days, as the code defines them (parseInboxFilters, inbox_daily_tally): in March
  // Helsinki is UTC+2, so a send at 00:30 Helsinki time on 2 March belongs to 1 March.
  const sends: Array<{ at: string; helsinki: boolean; status: string }> = [];
  const add = (at: string, helsinki = true, status = 'SUBMITTED') => sends.push({ at, helsinki, status });
  add('2026-02-27T08:00:00.000Z');
  add('2026-02-28T23:59:59.999Z', false);
  add('2026-03-01T00:00:00.000Z');
  add('2026-03-01T21:59:59.999Z'); // 23:59:59.999 on 1 March in Helsinki
  add('2026-03-01T22:30:00.000Z', true, 'RECEIVED'); // 00:30 on 2 March in Helsinki, still 1 March in UTC
  add('2026-03-01T23:59:59.999Z');
  add('2026-03-02T00:00:00.000Z');
  for (let k = 0; k < 24; k++) add(`2026-03-03T${String(k).padStart(2, '0')}:15:00.000Z`, k % 5 !== 0, k % 3 ? 'SUBMITTED' : 'RECEIVED');
  add('2026-03-05T12:00:00.000Z');
  add('2026-03-05T12:00:00.000Z', true, 'RECEIVED'); // the same instant twice
  add('2026-03-06T10:00:00.000Z');

  let dated: Sqlite;
  let datedDir: string;
  beforeAll(() => {
    datedDir = mkdtempSync(join(tmpdir(), 'kevyt-inbox-dates-'));
    dated = openInboxDatabase(join(datedDir, 'inbox.db'));
    const insert = dated.prepare(INSERT_SUBMISSION);
    const names = ['Aino Virtanen', 'Björn Lindqvist', 'Matti Korhonen', 'Sofia Nieminen', 'Elsa Holmström'];
    // Ids with gaps (rows removed or rolled back leave them), so every probe lands beside a row.
    sends.forEach((send, i) => {
      insert.run({
        id: 3 * i + (i % 2) + 5,
        reference: `KV-2026-${String(i + 1).padStart(6, '0')}`,
        deploymentId: send.helsinki ? 1 : 2,
        authorityId: send.helsinki ? 'municipality-091' : 'municipality-853',
        serviceId: i % 4 === 0 ? 'noise-notification' : 'public-event',
        municipality: send.helsinki ? (i % 2 ? '091' : '049') : '853',
        data: JSON.stringify({ eventName: `Kortteliilta ${i}`, venue: { street: 'Fleminginkatu 1' } }),
        name: names[i % names.length],
        email: `asiakas${i}@example.fi`,
        status: send.status,
        at: send.at,
        key: `dated-key-${i}`,
        assignee: i % 6 === 0 && send.helsinki ? 1 : null,
        due: null,
        openDue: null,
      });
    });
  });
  afterAll(() => {
    dated.close();
    rmSync(datedDir, { recursive: true, force: true });
  });

  const page = (query: Record<string, string>) => queryInbox(dated, 'municipality-091', 1, filters(query));
  const pages = (query: Record<string, string>) => allPages(query, dated);
  /** The ids and counts straight from the table. */
  const expected = (from: string, before: string, status?: string) => {
    const rows = dated
      .prepare("SELECT id, status FROM submissions WHERE authority_id = 'municipality-091' AND submitted_at >= ? AND submitted_at < ? ORDER BY id")
      .all(from, before) as Array<{ id: number; status: string }>;
    const counts: Record<string, number> = {};
    for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + 1;
    return { ids: rows.filter((r) => status === undefined || r.status === status).map((r) => r.id), counts };
  };

  it('finds the first and the end id of a range by binary search over ids with gaps', () => {
    const ids = dated.prepare('SELECT id, submitted_at AS at FROM submissions ORDER BY id').all() as Array<{ id: number; at: string }>;
    for (const from of ['2026-01-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z', '2026-03-02T00:00:00.000Z', '2026-03-05T12:00:00.000Z', '2026-04-01T00:00:00.000Z']) {
      const range = dateIdRange(dated, { submittedFrom: from, submittedBefore: from });
      const first = ids.find((r) => r.at >= from)?.id;
      expect(range?.from, from).toBe(first ?? ids[ids.length - 1].id + 1);
      expect(range?.before, from).toBe(range?.from);
    }
    expect(dateIdRange(dated, {})).toBeNull();
    expect(dateIdRange(dated, { submittedFrom: '2026-03-03T00:00:00.000Z' })).toEqual({ from: expect.any(Number) });
  });

  it('takes whole UTC days, both ends inclusive, not Helsinki days', async () => {
    const first = await page({ from: '2026-03-01', to: '2026-03-01', sort: 'received' });
    expect(first.rows.map((r) => r.submittedAt)).toEqual([
      '2026-03-01T00:00:00.000Z',
      '2026-03-01T21:59:59.999Z',
      '2026-03-01T22:30:00.000Z',
      '2026-03-01T23:59:59.999Z',
    ]);
    expect(first.counts).toEqual({ SUBMITTED: 3, RECEIVED: 1 });
    const second = await page({ from: '2026-03-02', to: '2026-03-02' });
    expect(second.rows.map((r) => r.submittedAt)).toEqual(['2026-03-02T00:00:00.000Z']);
    // Turku's send on 28 February is not Helsinki's.
    expect((await page({ from: '2026-02-28', to: '2026-02-28' })).rows).toEqual([]);
  });

  it('answers an empty range, a range before the first and after the last send with no rows and no counts', async () => {
    const ranges: Array<Record<string, string>> = [
      { from: '2026-03-04', to: '2026-03-04' },
      { to: '2026-02-01' },
      { from: '2026-03-07' },
      { from: '2027-01-01', to: '2027-12-31' },
      { from: '2026-03-05', to: '2026-03-01' },
    ];
    for (const query of ranges) {
      for (const sort of ['-received', 'customer', 'statusSince', 'status']) {
        const p = await page({ ...query, sort });
        expect(p.rows, JSON.stringify(query)).toEqual([]);
        expect(p.counts).toEqual({});
        expect(p.nextCursor).toBeNull();
      }
    }
    expect((await pages({ from: '2026-01-01' })).map((r) => r.id)).toEqual(expected('2026-01-01', '9999').ids.reverse());
  });

  it('pages every sort under a date range, alone and with a status, without gaps, with exact counts', async () => {
    const saved = { ...inboxTuning };
    try {
      for (const limit of [0, 10_000]) {
        inboxTuning.inMemorySortLimit = limit;
        const ranges: Array<{ from?: string; to?: string }> = [{ from: '2026-03-01', to: '2026-03-03' }, { from: '2026-03-03' }, { to: '2026-03-02' }];
        for (const range of ranges) {
          const from = range.from ? `${range.from}T00:00:00.000Z` : '0000';
          const before = range.to ? new Date(Date.parse(`${range.to}T00:00:00Z`) + 86_400_000).toISOString() : '9999';
          for (const status of [undefined, 'RECEIVED']) {
            const want = expected(from, before, status);
            for (const key of INBOX_SORT_KEYS) {
              for (const dir of ['', '-']) {
                for (const extra of [{}, { assigned: 'me' }, { q: 'Fleminginkatu' }] as Array<Record<string, string>>) {
                  const query: Record<string, string> = { ...extra, sort: `${dir}${key}`, limit: '4' };
                  if (range.from) query.from = range.from;
                  if (range.to) query.to = range.to;
                  if (status) query.status = status;
                  const label = `${JSON.stringify(query)} in memory up to ${limit}`;
                  const rows = await pages(query);
                  const ids = rows.map((r) => r.id);
                  expect(new Set(ids).size, label).toBe(ids.length);
                  if (extra.assigned) expect(ids.every((id) => want.ids.includes(id)), label).toBe(true);
                  else expect([...ids].sort((a, b) => a - b), label).toEqual(want.ids);
                  const first = await page(query);
                  // Free text beyond the in-memory limit counts only the newest matches, and says so.
                  if (!extra.assigned && first.countsExact) expect(first.counts, label).toEqual(want.counts);
                  if (!extra.q) expect(first.countsExact, label).toBe(true);
                }
              }
            }
          }
        }
      }
    } finally {
      Object.assign(inboxTuning, saved);
    }
  });

  it('walks one id range of an index for every sort, never the table', () => {
    for (const extra of [{}, { status: 'RECEIVED' }, { service: 'public-event' }, { assigned: 'me' }] as Array<Record<string, string>>) {
      for (const sort of ['-received', 'reference', '-status', 'service', 'municipality']) {
        const sql = inboxSql(dated, 'municipality-091', filters({ from: '2026-03-01', to: '2026-03-03', ...extra, sort }));
        const plan = dated
          .prepare(`EXPLAIN QUERY PLAN ${sql}`)
          .all({ authorityId: 'x', userId: 1, limit: 1, status: 'S', serviceId: 's', municipality: '091', assigneeId: 1, segment: 'x', submittedFrom: 'a', submittedBefore: 'b', idFrom: 1, idBefore: 2 }) as Array<{ detail: string }>;
        const details = plan.map((p) => p.detail).join(' | ');
        expect(details, `${JSON.stringify(extra)} ${sort}`).toMatch(/SEARCH s USING INDEX \w+ \(authority_id=\?.* AND id>\? AND id<\?\)/);
      }
    }
  });
});
