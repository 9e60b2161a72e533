/**
 * The handler inbox on SQLite and PostgreSQL from the same cases: every sort paged to the end,
 * every filter, the counts, free text (a reference, a name prefix, a name without its accents,
 * answers, a Swedish word), and the counts following a status step and a removal. PostgreSQL's
 * search also finds a Finnish word's inflected form, which SQLite's does not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPgCaseRepository } from '../../../server/cases/pg-case-repository';
import { createPgInboxRepository, pgSearchTuning, rebuildPgInbox } from '../../../server/cases/pg-inbox-repository';
import { parseInboxFilters, type InboxFilters } from '../../../server/cases/inbox-filters';
import { createSqliteInbox, inboxTuning, type InboxPage } from '../../../server/cases/inbox-query';
import { createSqliteCaseRepository } from '../../../server/cases/sqlite-case-repository';
import { INBOX_SORT_KEYS } from '../../../server/cases/inbox-sort';
import { openDatabase, type Sqlite } from '../../../server/db/connection';
import { POSTGRES_AVAILABLE, useBothDatabasesOf } from '../../support/both-databases';
import { INBOX_PLACES_SQL } from '../../support/inbox-places';

const HELSINKI = 'municipality-091';
const HANDLER = 1;
/** "Now" for the due filters, as in server/cases/inbox-query.test.ts. */
const NOW = new Date('2026-05-14T10:00:00.000Z');

function filters(query: Record<string, string>): InboxFilters {
  const parsed = parseInboxFilters(query, HANDLER, NOW);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fields));
  return parsed.filters;
}

const INSERT = `INSERT INTO submissions (reference, deployment_id, authority_id, pack_id, pack_version, service_id, municipality_code, data_json,
  contact_name, contact_email, lang, status, status_since, submitted_at, updated_at, idempotency_key, assignee_id, due_date, open_due_date)
  VALUES (@reference, @deploymentId, @authorityId, 1, 1, @serviceId, @municipality, @data, @name, @email, 'fi', @status, @since, @at, @at, @key, @assignee, @due, @openDue)`;

const NAMES = ['Aino Virtanen', 'Björn Lindqvist', 'matti Korhonen', 'Sofia Nieminen', 'Åsa Öberg', 'Zacharias Topelius'];
const EVENTS = ['Kallion korttelijuhlat', 'Tapahtuma', 'Midsommarfest i parken', 'Kirppis Hakaniemen torilla', 'Konsertti'];

/** Helsinki's and Turku's cases, as inbox-query.test.ts has them, with names and answers in Finnish and Swedish. */
function seed(sqlite: Sqlite): void {
  sqlite.exec(INBOX_PLACES_SQL);
  const insert = sqlite.prepare(INSERT);
  for (let i = 1; i <= 120; i++) {
    const helsinki = i % 4 !== 0;
    const at = new Date(Date.UTC(2026, 4, 1 + Math.floor(i / 10), 9, 0, i)).toISOString();
    insert.run({
      reference: `KV-2026-${String(i).padStart(6, '0')}`,
      deploymentId: helsinki ? 1 : 2,
      authorityId: helsinki ? HELSINKI : 'municipality-853',
      serviceId: i % 3 === 0 ? 'noise-notification' : 'public-event',
      municipality: helsinki ? (i % 2 ? '091' : '049') : '853',
      data: JSON.stringify({ eventName: `${EVENTS[i % EVENTS.length]} ${i}`, venue: { street: 'Fleminginkatu 1' }, visitors: i * 10 }),
      name: NAMES[i % NAMES.length],
      email: `asiakas${i}@example.fi`,
      status: i % 5 === 0 ? 'RECEIVED' : i % 11 === 0 ? 'DECIDED' : 'SUBMITTED',
      // Ties in status_since, so the column sort's ids break them.
      since: new Date(Date.UTC(2026, 4, 1 + (i % 7), 9)).toISOString(),
      at,
      key: `idem-key-${i}`,
      assignee: i % 7 === 0 && helsinki ? HANDLER : null,
      due: i % 6 === 1 ? null : `2026-05-${10 + (i % 9)}`,
      openDue: i % 6 === 1 || i % 10 === 0 ? null : `2026-05-${10 + (i % 9)}`,
    });
  }
  sqlite.prepare('INSERT INTO case_reads (submission_id, user_id, read_at) VALUES (?, ?, ?)').run(3, HANDLER, '2027-01-01T00:00:00.000Z');
}

describe.skipIf(!POSTGRES_AVAILABLE)('the inbox on both databases', () => {
  const both = useBothDatabasesOf('inbox', {
    open: () => {
      const dir = mkdtempSync(join(tmpdir(), 'kevyt-inbox-both-'));
      const { sqlite, db } = openDatabase(join(dir, 'inbox.db'));
      return {
        sqlite,
        db,
        close() {
          sqlite.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
    db: ({ db }) => db,
    seed: ({ sqlite }) => seed(sqlite),
    derive: rebuildPgInbox,
  });

  const onSqlite = (query: Record<string, string>): Promise<InboxPage> => createSqliteInbox(both.sqlite.sqlite).page(HELSINKI, HANDLER, filters(query));
  const onPg = (query: Record<string, string>): Promise<InboxPage> => createPgInboxRepository(both.pool).page(HELSINKI, HANDLER, filters(query));

  /** Every page of the query on both databases, compared page by page; the rows' ids. */
  async function pagesAlike(query: Record<string, string>): Promise<number[]> {
    const ids: number[] = [];
    let cursor: string | null = null;
    do {
      const q: Record<string, string> = cursor ? { ...query, cursor } : query;
      const [want, got] = [await onSqlite(q), await onPg(q)];
      expect(got, JSON.stringify(q)).toEqual(want);
      ids.push(...got.rows.map((r) => r.id));
      cursor = got.nextCursor;
    } while (cursor);
    return ids;
  }

  it('pages every sort, both ways, to the end with the same rows, cursors and counts', async () => {
    for (const key of INBOX_SORT_KEYS) {
      for (const dir of ['', '-']) {
        const ids = await pagesAlike({ sort: `${dir}${key}`, limit: '17' });
        expect(new Set(ids).size).toBe(90);
      }
    }
  });

  it('filters alike: status, service, municipality, assigned, dates, due, and together', async () => {
    const queries: Array<Record<string, string>> = [
      { status: 'RECEIVED' },
      { service: 'noise-notification', sort: 'status' },
      { municipality: '049', sort: '-customer' },
      { assigned: 'me', sort: 'due' },
      { from: '2026-05-03', to: '2026-05-06', sort: 'service' },
      { due: 'overdue', sort: '-due' },
      { due: 'week', sort: 'municipality' },
      { status: 'SUBMITTED', service: 'public-event', municipality: '091', from: '2026-05-02', sort: '-statusSince' },
    ];
    for (const query of queries) await pagesAlike({ ...query, limit: '7' });
    expect((await onPg({ assigned: 'me' })).rows.every((r) => r.assigneeId === HANDLER)).toBe(true);
  });

  it('finds by free text alike: a reference, a name prefix, a name without accents, answers, a Swedish word', async () => {
    const cases: Array<[string, boolean]> = [
      ['KV-2026-000007', true],
      ['Lindq', true],
      ['bjorn', true],
      ['asa oberg', true],
      ['kallion kortteli', true],
      ['Midsommarfest parken', true],
      ['Fleminginkatu', true],
      ['NEAR(a b) OR "x', false],
    ];
    for (const [q, found] of cases) {
      for (const sort of ['-received', 'customer', 'status']) {
        const ids = await pagesAlike({ q, sort, limit: '20' });
        expect(ids.length > 0, q).toBe(found);
      }
    }
    expect((await pagesAlike({ q: 'KV-2026-000007' })).length).toBe(1);
    expect((await pagesAlike({ q: 'Fleminginkatu', limit: '200' })).length).toBe(90);
    // Another authority's case is not found by its reference.
    expect((await onPg({ q: 'KV-2026-000008' })).rows).toEqual([]);
    expect(await onPg({ q: '---' })).toEqual(await onSqlite({ q: '---' }));
  });

  it('also finds a Finnish word inflected (SQLite’s index has no stems)', async () => {
    const inflected = await onPg({ q: 'korttelijuhlissa', limit: '200' });
    expect(inflected.rows.map((r) => r.id)).toEqual((await onSqlite({ q: 'korttelijuhlat', limit: '200' })).rows.map((r) => r.id));
    expect(inflected.rows.length).toBeGreaterThan(0);
    expect((await onSqlite({ q: 'korttelijuhlissa', limit: '200' })).rows).toEqual([]);
    expect((await onPg({ q: 'Hakaniemessä torilla', limit: '200' })).rows.length).toBeGreaterThan(0);
  });

  it('counts follow a status step and a removal as spam, on the triggers alone', async () => {
    const at = '2026-05-20T08:00:00.000Z';
    const step = {
      submissionId: 1,
      at,
      status: { from: 'SUBMITTED', to: 'RECEIVED', openDueDate: null, decidedAt: null },
      events: [],
      audits: [],
      alerts: [],
    };
    expect((await createPgCaseRepository(both.pool).apply(step)).applied).toBe(true);
    expect((await createSqliteCaseRepository(both.sqlite.sqlite).apply(step)).applied).toBe(true);
    const record = () => ({ at, actor: { kind: 'system' as const }, action: 'case.remove_spam', targetType: 'submission', targetId: 2 });
    expect(await createPgCaseRepository(both.pool).removeAsSpam(2, HANDLER, at, record)).toBe(true);
    expect(await createSqliteCaseRepository(both.sqlite.sqlite).removeAsSpam(2, HANDLER, at, record)).toBe(true);
    for (const query of [{}, { service: 'public-event' }, { from: '2026-05-01', to: '2026-05-01' }, { sort: 'status' }] as Array<Record<string, string>>) await pagesAlike({ ...query, limit: '30' });
    const counts = (await onPg({})).counts;
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(89);
  });

  it('beyond the limits (more matches or due cases than are read): pages and counts alike, the newest matches read bucket by bucket', async () => {
    // Cases far apart in id, so that the search vectors' id buckets (16,384 ids each, PostgreSQL migration 0007) are many.
    const columns = 'id, reference, deployment_id, authority_id, pack_id, pack_version, service_id, municipality_code, data_json, contact_name, contact_email, lang, status, status_since, submitted_at, updated_at, idempotency_key, due_date, open_due_date';
    for (let k = 1; k <= 40; k++) {
      const id = 1000 + k * 5000;
      const at = new Date(Date.UTC(2026, 5, 1, 9, 0, k)).toISOString();
      const due = `2026-05-${String(1 + (k % 9)).padStart(2, '0')}`;
      const values = [id, `KV-2026-${String(id).padStart(6, '0')}`, 1, HELSINKI, 1, 1, 'public-event', '091', JSON.stringify({ eventName: `${EVENTS[k % 2]} ${k}` }),
        NAMES[k % 3], `kaukana${k}@example.fi`, 'fi', k % 4 === 0 ? 'RECEIVED' : 'SUBMITTED', at, at, at, `far-${k}`, due, k % 5 === 0 ? null : due];
      both.sqlite.sqlite.prepare(`INSERT INTO submissions (${columns}) VALUES (${values.map(() => '?').join(', ')})`).run(...values);
      await both.pool.query(`INSERT INTO submissions (${columns}) OVERRIDING SYSTEM VALUE VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')})`, values);
    }
    const saved = { ...inboxTuning };
    const savedPg = { ...pgSearchTuning };
    Object.assign(inboxTuning, { countMatchLimit: 6, inMemorySortLimit: 11, dueCountLimit: 25 });
    try {
      // '0' begins more words than a prefix is turned into (every reference's number): matched as a prefix.
      // Read bucket by bucket, and all at once.
      for (const allAtOnce of [0, 1000]) {
        pgSearchTuning.allAtOnce = allAtOnce;
        for (const q of ['Virtanen', 'Lindqvist', 'kallion', 'Tapahtuma', 'KV-2026', 'Fleminginkatu', '0']) {
          for (const sort of ['-received', 'received', 'customer', '-status']) {
            const first = await onSqlite({ q, sort, limit: '5' });
            expect(first.countsExact, `${q} ${sort}`).toBe(false);
            await pagesAlike({ q, sort, limit: '5' });
          }
        }
      }
      const dueQueries: Array<Record<string, string>> = [{ due: 'overdue' }, { due: 'overdue', sort: 'customer' }, { due: 'overdue', status: 'SUBMITTED', sort: 'due' }, { due: 'overdue', service: 'public-event' }];
      for (const query of dueQueries) await pagesAlike({ ...query, limit: '9' });
      expect((await onPg({ due: 'overdue' })).countsExact).toBe(false);
    } finally {
      Object.assign(inboxTuning, saved);
      Object.assign(pgSearchTuning, savedPg);
    }
  });
});
