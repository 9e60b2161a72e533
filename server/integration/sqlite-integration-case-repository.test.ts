/**
 * The integration feed's change order in a real SQLite file: a case's place is the id of its latest
 * history row of a kind the feed counts (kept by the trigger case_events_change_seq, written in the
 * same unit of work as the change), so a status step, a supplement or a message moves the case to
 * the end and a note or an assignment does not; each authority reads only its own cases, in order.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEED_CHANGE_KINDS } from '../../api-contract/integration';
import { createSqliteAuditWriter } from '../audit/sqlite-audit-repository';
import type { CaseEventKind } from '../cases/case-repository';
import { createSqliteCaseRepository } from '../cases/sqlite-case-repository';
import { openDatabase, type Sqlite } from '../db/connection';
import type { IntegrationCaseRepository } from './integration-case-repository';
import { createSqliteIntegrationCaseRepository } from './sqlite-integration-case-repository';

const HELSINKI = 'municipality-091';
const ESPOO = 'municipality-049';
let dir: string;
let sqlite: Sqlite;
let feed: IntegrationCaseRepository;
let cases: ReturnType<typeof createSqliteCaseRepository>;
let sent = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kevyt-feed-'));
  sqlite = openDatabase(join(dir, 'kevyt.db')).sqlite;
  // Only what the feed reads: the cases, their pack's slug and their history (no deployments or places).
  sqlite.pragma('foreign_keys = OFF');
  sqlite.exec(`INSERT INTO packs (id, slug, draft_json, draft_updated_at) VALUES (1, 'event-organising', '{}', '2026-12-01T00:00:00Z')`);
  feed = createSqliteIntegrationCaseRepository(sqlite, createSqliteAuditWriter(sqlite));
  cases = createSqliteCaseRepository(sqlite);
});
afterAll(() => {
  sqlite?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A case as a send stores it: the row, then its 'submitted' history row in the same transaction. */
function send(authorityId: string): number {
  sent++;
  const at = `2026-12-07T10:00:${String(sent).padStart(2, '0')}.000Z`;
  return sqlite.transaction(() => {
    const id = Number(
      sqlite
        .prepare(
          `INSERT INTO submissions (reference, deployment_id, authority_id, pack_id, pack_version, service_id, municipality_code, data_json,
             contact_name, contact_email, lang, status, status_since, submitted_at, updated_at, idempotency_key)
           VALUES (?, 1, ?, 1, 4, 'event-noise', '091', '{}', 'Saara Virtanen', 'saara@example.fi', 'fi', 'SUBMITTED', ?, ?, ?, ?)`,
        )
        .run(`KV-2026-${String(sent).padStart(6, '0')}`, authorityId, at, at, at, `feed-${sent}`).lastInsertRowid,
    );
    sqlite.prepare(`INSERT INTO case_events (submission_id, at, kind, actor_kind, to_status, customer_visible) VALUES (?, ?, 'submitted', 'customer', 'SUBMITTED', 1)`).run(id, at);
    return id;
  })();
}

async function change(id: number, kind: CaseEventKind, actorKind: 'customer' | 'handler' | 'apiKey' = 'handler'): Promise<void> {
  await cases.apply({
    submissionId: id,
    at: `2026-12-07T11:00:${String(++sent).padStart(2, '0')}.000Z`,
    events: [{ kind, actorKind, actorUserId: null, event: null, fromStatus: null, toStatus: null, body: 'x', details: null, customerVisible: kind === 'note' ? 0 : 1 }],
    audits: [],
    alerts: [],
  });
}

const order = async (authorityId: string, after = 0) => (await feed.changedAfter(authorityId, after, 100)).map((r) => r.id);

describe('the change order', () => {
  it('lists an authority’s cases by arrival until they change, each once', async () => {
    const [a, b, c] = [send(HELSINKI), send(HELSINKI), send(HELSINKI)];
    const espoo = send(ESPOO);
    expect(await order(HELSINKI)).toEqual([a, b, c]);
    expect(await order(ESPOO)).toEqual([espoo]);
    expect((await feed.changedAfter(HELSINKI, 0, 2)).map((r) => r.id)).toEqual([a, b]);
  });

  it('moves a case to the end on each kind the feed counts, and on nothing else', async () => {
    const start = (await feed.changedAfter(HELSINKI, 0, 100)).at(-1)?.changeSeq ?? 0;
    const [a, b] = [send(HELSINKI), send(HELSINKI)];
    const counted = new Set<string>(FEED_CHANGE_KINDS);
    const kinds: CaseEventKind[] = ['note', 'assignment', 'status', 'supplement', 'message'];
    for (const kind of kinds) {
      const before = await order(HELSINKI, start);
      await change(a, kind);
      expect(await order(HELSINKI, start), kind).toEqual(counted.has(kind) ? [b, a] : before);
      // b again at the end, for the next kind.
      await change(b, 'status');
    }
    const [last] = (await feed.changedAfter(HELSINKI, start, 100)).filter((r) => r.id === b);
    expect(last).toMatchObject({ changeKind: 'status', changeBy: 'handler', packSlug: 'event-organising' });
    expect(await feed.lastChange(b)).toEqual({ kind: 'status', at: last.changeAt, by: 'handler' });
  });

  it('takes numbers that only grow across cases, so a cursor after one change sees every later one', async () => {
    const start = (await feed.changedAfter(HELSINKI, 0, 100)).at(-1)?.changeSeq ?? 0;
    const a = send(HELSINKI);
    const cursor = (await feed.changedAfter(HELSINKI, start, 100)).at(-1)?.changeSeq ?? 0;
    const b = send(HELSINKI);
    await change(a, 'message', 'customer');
    const after = await feed.changedAfter(HELSINKI, cursor, 100);
    expect(after.map((r) => [r.id, r.changeKind, r.changeBy])).toEqual([[b, 'submitted', 'customer'], [a, 'message', 'customer']]);
    expect(after[0].changeSeq).toBeLessThan(after[1].changeSeq);
    expect(after[0].changeSeq).toBeGreaterThan(cursor);
  });
});
