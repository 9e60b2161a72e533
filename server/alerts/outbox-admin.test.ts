/**
 * A busy authority's outbox filtered by a rare state: Helsinki has thousands of kept alerts and a
 * handful failed or pending; the page reads only those through outbox_authority_rare_state, pages
 * them newest first without gaps, and the common states never enter the index.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Sqlite } from '../db/connection';
import type { OutboxState } from '../../api-contract';
import { outboxPage, type OutboxQuery } from './outbox-admin';
import { createSqliteOutboxRepository, RARE_STATE_PAGE_SQL } from './sqlite-outbox-repository';

const HELSINKI = 'municipality-091';
const ESPOO = 'municipality-049';
let sqlite: Sqlite;

function indexEntries(name: string): number {
  return sqlite.prepare<[string], { n: number | null }>(`SELECT SUM(ncell) AS n FROM dbstat WHERE name = ? AND pagetype = 'leaf'`).get(name)?.n ?? 0;
}

function insertAlert(authorityId: string | null, status: OutboxState, i: number): void {
  sqlite
    .prepare(`INSERT INTO outbox (kind, audience, authority_id, subject, body, status, created_at) VALUES (?, ?, ?, ?, '…', ?, ?)`)
    .run(
      authorityId ? 'new_submission' : 'sign_in_code',
      authorityId ? 'authority' : 'customer',
      authorityId,
      authorityId ? 'Uusi asiointi' : 'Kirjautumiskoodisi',
      status,
      new Date(Date.UTC(2026, 10, 1, 8, 0, i)).toISOString(),
    );
}

function ids(where: string): number[] {
  return sqlite.prepare<[], { id: number }>(`SELECT id FROM outbox WHERE ${where} ORDER BY id DESC`).all().map((r) => r.id);
}

/** Every page of the query, following nextCursor. */
async function walk(q: Omit<OutboxQuery, 'before'>): Promise<number[]> {
  const seen: number[] = [];
  let before: number | null = null;
  for (;;) {
    const page = await outboxPage(createSqliteOutboxRepository(sqlite), true, { ...q, before });
    seen.push(...page.items.map((i) => i.id));
    if (page.nextCursor === null) return seen;
    before = Number(page.nextCursor);
  }
}

beforeAll(() => {
  sqlite = openDatabase(':memory:').sqlite;
  sqlite.exec(`INSERT INTO authorities VALUES ('${HELSINKI}','municipality','Helsingin kaupunki','Helsingfors stad','City of Helsinki'),
    ('${ESPOO}','municipality','Espoon kaupunki','Esbo stad','City of Espoo')`);
  sqlite.transaction(() => {
    for (let i = 0; i < 6000; i++) {
      const status: OutboxState = i % 997 === 0 ? 'failed' : i % 1499 === 0 ? 'pending' : i % 2 ? 'sent' : 'kept';
      insertAlert(i % 10 === 9 ? ESPOO : HELSINKI, status, i);
      if (i % 1000 === 500) insertAlert(null, 'pending', i);
    }
    insertAlert(ESPOO, 'failed', 6000);
  })();
});

afterAll(() => sqlite?.close());

describe('the outbox filtered by a rare state', () => {
  it('reads one authority’s failed or pending alerts on the partial index, in id order, with no sort', () => {
    for (const status of ['failed', 'pending'] as const) {
      const plan = sqlite
        .prepare(`EXPLAIN QUERY PLAN ${RARE_STATE_PAGE_SQL}`)
        .all(HELSINKI, status, Number.MAX_SAFE_INTEGER, 51)
        .map((r) => (r as { detail: string }).detail)
        .join('\n');
      expect(plan).toMatch(/SEARCH o USING INDEX outbox_authority_rare_state \(authority_id=\? AND status=\? AND rowid<\?\)/);
      expect(plan).not.toContain('TEMP B-TREE');
    }
  });

  it('pages Helsinki’s failed and pending alerts newest first, without gaps and without Espoo’s', async () => {
    for (const status of ['failed', 'pending'] as const) {
      const expected = ids(`authority_id = '${HELSINKI}' AND status = '${status}'`);
      expect(expected.length).toBeGreaterThan(1);
      expect(await walk({ authorityId: HELSINKI, status, limit: 2 })).toEqual(expected);
    }
    expect(await walk({ authorityId: ESPOO, status: 'failed', limit: 50 })).toEqual(ids(`authority_id = '${ESPOO}' AND status = 'failed'`));
  });

  it('still pages the common states and a coordinator’s view as before', async () => {
    expect(await walk({ authorityId: HELSINKI, status: 'kept', limit: 1000 })).toEqual(ids(`authority_id = '${HELSINKI}' AND status = 'kept'`));
    expect(await walk({ authorityId: null, status: 'pending', limit: 1000 })).toEqual(ids(`status = 'pending'`));
  });

  it('keeps only authorities’ pending and failed alerts in the index: sent, kept and sign-in codes add no entry', () => {
    const inIndex = ids(`authority_id IS NOT NULL AND status IN ('pending', 'failed')`).length;
    expect(indexEntries('outbox_authority_rare_state')).toBe(inIndex);
    insertAlert(HELSINKI, 'kept', 7000);
    insertAlert(HELSINKI, 'sent', 7001);
    insertAlert(null, 'pending', 7002);
    expect(indexEntries('outbox_authority_rare_state')).toBe(inIndex);
    insertAlert(HELSINKI, 'pending', 7003);
    expect(indexEntries('outbox_authority_rare_state')).toBe(inIndex + 1);
    // Delivery takes it out again.
    sqlite.prepare(`UPDATE outbox SET status = 'sent' WHERE id = (SELECT MAX(id) FROM outbox)`).run();
    expect(indexEntries('outbox_authority_rare_state')).toBe(inIndex);
  });
});
