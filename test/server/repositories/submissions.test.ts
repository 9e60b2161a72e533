/**
 * A send's unit of work on both databases: the same answers from the same starting data, and on
 * PostgreSQL what several instances on one database need (references gap-free across pools, one
 * submission per idempotency key whichever pool gets the retry).
 */
import type { PoolClient } from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutboxInsert } from '../../../server/alerts/outbox-repository';
import { createDeployment } from '../../../server/deployments/deployments';
import type { Promised } from '../../../server/db/promised';
import type { CaseEventInsert } from '../../../server/cases/case-repository';
import { createPgCaseRepository } from '../../../server/cases/pg-case-repository';
import { createPgIntegrationCaseRepository } from '../../../server/integration/pg-integration-case-repository';
import { createPgSubmissionRepository } from '../../../server/submissions/pg-submission-repository';
import { parseReference } from '../../../server/submissions/reference-number';
import type { NewSend, StoreOutcome, SubmissionRepository } from '../../../server/submissions/submission-repository';
import { POSTGRES_AVAILABLE, useBothDatabases } from '../../support/both-databases';
import { publishedPack } from '../fixtures';
import { terracePack } from '../terrace-pack';

const AT = new Date('2026-12-07T10:00:00.000Z');
const clock = () => AT;
const AUTHORITY = 'municipality-091';

function newSend(deploymentId: number, packId: number, key: string, attachments: NewSend['attachments'] = []): NewSend {
  return {
    idempotencyKey: key,
    deploymentId,
    authorityId: AUTHORITY,
    packId,
    packVersion: 1,
    serviceId: 'terrace-permit',
    municipalityCode: '091',
    dataJson: JSON.stringify({ business: 'Kahvila' }),
    lang: 'fi',
    status: 'received',
    identifiedPersonKey: null,
    contact: { name: 'Maija Meikäläinen', email: 'maija@example.fi', phone: null },
    identification: 'none',
    actingFor: null,
    attachments,
    dueDates: (at) => ({ dueDate: at.slice(0, 10), openDueDate: at.slice(0, 10) }),
    consequences: ({ id, reference, at }) => {
      const alert: OutboxInsert = {
        kind: 'receipt', audience: 'customer', authorityId: AUTHORITY, submissionId: id, toEmail: 'maija@example.fi',
        subject: `Vastaanotettu ${reference}`, body: 'Kiitos', secret: null, status: 'kept', nextAttemptAt: null, createdAt: at,
      };
      return { alerts: [alert], audit: { at, actor: { kind: 'customer', email: 'maija@example.fi' }, action: 'submission.create', targetType: 'submission', targetId: id, details: { reference } } };
    },
  };
}

/** A handler's message to the customer: a change the integration feed counts. */
const message = (submissionId: number): CaseEventInsert => ({
  submissionId, at: AT.toISOString(), kind: 'message', actorKind: 'handler', actorUserId: null,
  event: null, fromStatus: null, toStatus: null, body: 'Hei', detailsJson: null, customerVisible: 1,
});

const sendOf = (outcome: StoreOutcome) => (outcome.kind === 'attachmentTaken' ? null : outcome.send);
const idOf = (outcome: StoreOutcome) => sendOf(outcome)?.id ?? 0;
const withoutId = (outcome: StoreOutcome) => {
  const stored = sendOf(outcome);
  return stored && { kind: outcome.kind, send: { ...stored, id: undefined } };
};

const COUNTS = `SELECT (SELECT count(*) FROM submissions) AS submissions, (SELECT count(*) FROM case_events) AS events,
  (SELECT count(*) FROM outbox) AS alerts, (SELECT count(*) FROM audit_log) AS audits,
  (SELECT count(*) FROM attachments WHERE submission_id IS NOT NULL) AS claimed, (SELECT count(*) FROM webhook_deliveries) AS webhooks`;
const SENT = `SELECT s.reference, s.status, s.submitted_at AS "submittedAt", s.due_date AS "dueDate", s.contact_name AS "contactName",
  s.change_seq = (SELECT max(e.id) FROM case_events e WHERE e.submission_id = s.id) AS "changeSeqIsEvent",
  (SELECT string_agg(a.id, ',') FROM attachments a WHERE a.submission_id = s.id) AS claimed,
  (SELECT count(*) FROM outbox o WHERE o.submission_id = s.id) AS alerts
  FROM submissions s WHERE s.idempotency_key = $key`;

describe.skipIf(!POSTGRES_AVAILABLE)('sends on both databases', () => {
  const both = useBothDatabases('sends', async ({ ctx }) => {
    const packId = await publishedPack(ctx, terracePack);
    const deploymentId = await createDeployment(ctx, { authorityId: AUTHORITY, packId, version: 1, serviceId: 'terrace-permit' }, { kind: 'system' });
    for (const id of ['file-a', 'file-b', 'file-c']) await ctx.repos.attachments.insert({ id, name: `${id}.pdf`, mime: 'application/pdf', size: 10, sha256: 'x' }, AT.toISOString());
    // An endpoint subscribed to new cases: each send queues a delivery for it in its unit of work.
    ctx.sqlite
      .prepare(`INSERT INTO webhook_endpoints (authority_id, url, description, events_json, secret_sealed, created_at, updated_at) VALUES (?, ?, '', ?, 'sealed', ?, ?)`)
      .run(AUTHORITY, 'https://example.fi/hook', JSON.stringify(['case.submitted']), AT.toISOString(), AT.toISOString());
    // A project with one permit not yet sent (server/projects).
    const project = ctx.sqlite
      .prepare(`INSERT INTO projects (owner_email, name, municipality_code, pack_id, pack_slug, pack_version, data_json, contact_name, consent, created_at, updated_at)
        VALUES ('maija@example.fi', 'Terassi', '091', ?, ?, 1, '{}', 'Maija', 1, ?, ?)`)
      .run(packId, terracePack.slug, AT.toISOString(), AT.toISOString());
    ctx.sqlite
      .prepare(`INSERT INTO project_permits (project_id, deployment_id, service_id, draft_json, idempotency_key, created_at, updated_at) VALUES (?, ?, 'terrace-permit', '{}', 'permit-1', ?, ?)`)
      .run(project.lastInsertRowid, deploymentId, AT.toISOString(), AT.toISOString());
    return { packId, deploymentId };
  });
  let onSqlite: SubmissionRepository;
  let onPg: Promised<SubmissionRepository>;
  let send: (key: string, attachments?: NewSend['attachments']) => NewSend;

  const sqliteCounts = () => {
    const row = both.sqlite.ctx.sqlite.prepare<[], Record<string, number>>(COUNTS).get();
    return Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, Number(v)]));
  };
  const pgCounts = async () => Object.fromEntries(Object.entries((await both.pool.query<Record<string, number>>(COUNTS)).rows[0]).map(([k, v]) => [k, Number(v)]));
  const sqliteSent = (key: string) => {
    const row = both.sqlite.ctx.sqlite.prepare<{ key: string }, Record<string, unknown>>(SENT).get({ key });
    return row && { ...row, changeSeqIsEvent: row.changeSeqIsEvent === 1, alerts: Number(row.alerts) };
  };
  const pgSent = async (key: string) => (await both.pool.query<Record<string, unknown>>(SENT.replace('$key', '$1'), [key])).rows[0];
  /** Waits until `done` or until a transaction waits for a lock of the kind (pg_stat_activity's wait_event); false when none does. */
  const waitsFor = async (lock: 'advisory' | 'transactionid', done = () => false): Promise<boolean> => {
    for (let tries = 0; tries < 200 && !done(); tries++) {
      const waiting = await both.pool.query("SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND wait_event = $1", [lock]);
      if (waiting.rowCount) return true;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return false;
  };
  /**
   * A feed reader's two reads of the authority's changes: the first while `late` (a change that
   * has taken its number) is held open by `hold` and `early` (through the second pool) has started,
   * the second from the first's cursor after both have ended. Each case moved must be read once.
   */
  const readAcross = async (hold: PoolClient, late: Promise<unknown>, startEarly: () => Promise<unknown>) => {
    const feed = createPgIntegrationCaseRepository(both.pool);
    let early: Promise<unknown> = Promise.resolve();
    let earlyWaited = false;
    let first: Awaited<ReturnType<typeof feed.changedAfter>> = [];
    const start = (await feed.changedAfter(AUTHORITY, 0, 1000)).at(-1)?.changeSeq ?? 0;
    try {
      expect(await waitsFor('transactionid')).toBe(true);
      let earlyEnded = false;
      early = startEarly().finally(() => {
        earlyEnded = true;
      });
      // The early change waits for the late one's change-order lock (without it, it would commit now).
      earlyWaited = await waitsFor('advisory', () => earlyEnded);
      first = await feed.changedAfter(AUTHORITY, start, 1000);
    } finally {
      await hold.query('COMMIT');
      hold.release();
    }
    await Promise.all([late, early]);
    const second = await feed.changedAfter(AUTHORITY, first.at(-1)?.changeSeq ?? start, 1000);
    return { earlyWaited, first: first.map((r) => r.id), second: second.map((r) => r.id) };
  };


  beforeAll(() => {
    const { packId, deploymentId } = both.seeded;
    send = (key, attachments) => newSend(deploymentId, packId, key, attachments);
    onSqlite = both.sqlite.ctx.repos.submissions;
    onPg = createPgSubmissionRepository(both.pool);
  });

  it('stores a send with its claimed files, history event, alerts and audit row, and answers the same', async () => {
    const files = [{ id: 'file-a', path: 'page-terrace.plan' }];
    const a = await onSqlite.store(send('first', files), clock);
    const b = await onPg.store(send('first', files), clock);
    expect(a.kind).toBe('created');
    expect(b).toEqual(a);
    expect(await pgSent('first')).toEqual(sqliteSent('first'));
    expect(sqliteSent('first')).toMatchObject({ reference: 'KV-2026-000001', claimed: 'file-a', alerts: 1, changeSeqIsEvent: true });
    expect(sqliteCounts()).toMatchObject({ submissions: 1, webhooks: 1 });
    expect(await pgCounts()).toEqual(sqliteCounts());
    expect(await onPg.byIdempotencyKey('first')).toEqual(await onSqlite.byIdempotencyKey('first'));
  });

  it('answers a retry with the first send, writing nothing', async () => {
    const before = sqliteCounts();
    const a = await onSqlite.store(send('first'), clock);
    const b = await createPgSubmissionRepository(both.second).store(send('first'), clock);
    expect(a.kind).toBe('existing');
    expect(b).toEqual(a);
    expect(sqliteCounts()).toEqual(before);
    expect(await pgCounts()).toEqual(before);
  });

  it('writes nothing when another submission claimed a referenced file, and gives its number back', async () => {
    const before = sqliteCounts();
    const taken = [{ id: 'file-b', path: 'page-terrace.photo' }, { id: 'file-a', path: 'page-terrace.plan' }];
    const a = await onSqlite.store(send('late', taken), clock);
    const b = await onPg.store(send('late', taken), clock);
    expect(a).toEqual({ kind: 'attachmentTaken', path: 'page-terrace.plan' });
    expect(b).toEqual(a);
    expect(sqliteCounts()).toEqual(before);
    expect(await pgCounts()).toEqual(before);
    // PostgreSQL's ids are not given back by a rollback (its sequences are not transactional); the references are.
    const next = await onPg.store(send('next'), clock);
    expect(withoutId(next)).toEqual(withoutId(await onSqlite.store(send('next'), clock)));
    expect(next.kind === 'created' && next.send.reference).toBe('KV-2026-000002');
  });

  it("links a project permit in the send's unit of work, and refuses to send it twice", async () => {
    const permit = { permitId: 1, projectDataJson: '{"area":12}' };
    const link = `SELECT s.project_permit_id AS "permitId", s.project_data_json AS "dataJson", p.updated_at AS "permitUpdated", j.updated_at AS "projectUpdated"
      FROM submissions s JOIN project_permits p ON p.submission_id = s.id JOIN projects j ON j.id = p.project_id WHERE s.idempotency_key = 'permit-send'`;
    const later = () => new Date('2026-12-07T11:00:00.000Z');
    expect(withoutId(await onPg.store({ ...send('permit-send'), projectPermit: permit }, later))).toEqual(withoutId(await onSqlite.store({ ...send('permit-send'), projectPermit: permit }, later)));
    const linked = both.sqlite.ctx.sqlite.prepare(link).get();
    expect(linked).toEqual({ permitId: 1, dataJson: '{"area":12}', permitUpdated: '2026-12-07T11:00:00.000Z', projectUpdated: '2026-12-07T11:00:00.000Z' });
    expect((await both.pool.query(link)).rows[0]).toEqual(linked);
    const before = sqliteCounts();
    await expect(onSqlite.store({ ...send('permit-again'), projectPermit: permit }, later)).rejects.toThrow('was sent already');
    await expect(onPg.store({ ...send('permit-again'), projectPermit: permit }, later)).rejects.toThrow('was sent already');
    expect(sqliteCounts()).toEqual(before);
    expect(await pgCounts()).toEqual(before);
  });

  it('numbers concurrent sends through two pools without duplicate or gap, one submission per key', async () => {
    const now = () => new Date();
    const pools = both.instances(createPgSubmissionRepository);
    const keys = Array.from({ length: 50 }, (_, i) => `many-${i}`);
    // Every key sent twice, once through each pool, all at once.
    const outcomes = await Promise.all(keys.flatMap((key, i) => [pools[i % 2].store(send(key), now), pools[(i + 1) % 2].store(send(key), now)]));
    const created = outcomes.filter((o) => o.kind === 'created');
    expect(created).toHaveLength(50);
    expect(outcomes.filter((o) => o.kind === 'existing')).toHaveLength(50);
    for (let i = 0; i < keys.length; i++) expect(sendOf(outcomes[2 * i + 1])).toEqual(sendOf(outcomes[2 * i]));
    const sequences = created.map((o) => (o.kind === 'created' ? parseReference(o.send.reference)?.sequence : 0)).sort((x = 0, y = 0) => x - y);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, i) => i + 4));
    // submitted_at never decreases with the id.
    const { rows } = await both.pool.query<{ at: string }>('SELECT submitted_at AS at FROM submissions ORDER BY id');
    expect(rows.map((r) => r.at)).toEqual([...rows.map((r) => r.at)].sort());

    // The same on SQLite, through its group commit.
    const sqliteOutcomes = await Promise.all(keys.flatMap((key) => [onSqlite.store(send(key), now), onSqlite.store(send(key), now)]));
    const sqliteSequences = sqliteOutcomes
      .filter((o) => o.kind === 'created')
      .map((o) => (o.kind === 'created' ? parseReference(o.send.reference)?.sequence : 0))
      .sort((x = 0, y = 0) => x - y);
    expect(sqliteSequences).toEqual(sequences);
    expect(await pgCounts()).toEqual(sqliteCounts());
  }, 60_000);

  it("writes a new submission once: the send sets its change_seq, its own history row's trigger writes nothing more", async () => {
    // A watch on change_seq's updates, for this test only: the trigger case_events_change_seq is the only writer.
    const db = both.sqlite.ctx.sqlite;
    db.exec(`CREATE TEMP TABLE seq_moves (submission_id integer);
      CREATE TEMP TRIGGER watch_seq AFTER UPDATE OF change_seq ON main.submissions BEGIN INSERT INTO seq_moves VALUES (new.id); END;`);
    await both.pool.query(`CREATE TABLE seq_moves (submission_id bigint);
      CREATE FUNCTION watch_seq() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO seq_moves VALUES (NEW.id); RETURN NULL; END $$;
      CREATE TRIGGER watch_seq AFTER UPDATE OF change_seq ON submissions FOR EACH ROW EXECUTE FUNCTION watch_seq();`);
    const sqliteMoves = () => db.prepare('SELECT submission_id FROM temp.seq_moves').pluck().all();
    const pgMoves = async () => (await both.pool.query<{ id: number }>('SELECT submission_id AS id FROM seq_moves')).rows.map((r) => r.id);
    try {
      const a = await onSqlite.store(send('written-once'), clock);
      const b = await onPg.store(send('written-once'), clock);
      expect(sqliteSent('written-once')).toMatchObject({ changeSeqIsEvent: true });
      expect(await pgSent('written-once')).toMatchObject({ changeSeqIsEvent: true });
      expect(sqliteMoves()).toEqual([]);
      expect(await pgMoves()).toEqual([]);
      // Any other change the feed counts still moves the case, once.
      const [sqliteId, pgId] = [idOf(a), idOf(b)];
      await both.sqlite.ctx.repos.cases.addEvent(message(sqliteId));
      await createPgCaseRepository(both.pool).addEvent(message(pgId));
      expect(sqliteMoves()).toEqual([sqliteId]);
      expect(await pgMoves()).toEqual([pgId]);
      expect(sqliteSent('written-once')).toMatchObject({ changeSeqIsEvent: true });
      expect(await pgSent('written-once')).toMatchObject({ changeSeqIsEvent: true });
    } finally {
      db.exec('DROP TRIGGER temp.watch_seq; DROP TABLE temp.seq_moves');
      await both.pool.query('DROP TRIGGER watch_seq ON submissions; DROP FUNCTION watch_seq(); DROP TABLE seq_moves');
    }
  });

  it('hands a feed reader on PostgreSQL every change in commit order: one that took its number first and commits last is not skipped', async () => {
    const [lateCase, earlyCase] = [idOf(await onPg.store(send('late-change'), clock)), idOf(await onPg.store(send('early-change'), clock))];
    // The late change (a message through the first both.pool) takes its number, then waits for the case's
    // row, held by another transaction; the early one (a message through the second pool's case
    // repository, as a status step or a writeback writes) would commit meanwhile with a larger number.
    const hold = await both.pool.connect();
    await hold.query('BEGIN');
    await hold.query('SELECT 1 FROM submissions WHERE id = $1 FOR UPDATE', [lateCase]);
    const late = createPgCaseRepository(both.pool).addEvent(message(lateCase));
    const early = () => createPgCaseRepository(both.second).apply({ submissionId: earlyCase, at: AT.toISOString(), events: [{ ...message(earlyCase), details: null }], audits: [], alerts: [] });
    const read = await readAcross(hold, late, early);
    expect(read).toEqual({ earlyWaited: true, first: [], second: [lateCase, earlyCase] });
  });

  it('orders sends either side of a New Year by commit on PostgreSQL, though each year has its own reference counter', async () => {
    // Either side of midnight in Helsinki (UTC+2).
    const lastOfYear = () => new Date('2026-12-31T21:59:59.500Z');
    const firstOfYear = () => new Date('2026-12-31T22:00:00.500Z');
    // The old year's send takes its number, then waits for a file it claims, held by another
    // transaction; the new year's send (the second pool, the next year's counter row) starts meanwhile.
    const hold = await both.pool.connect();
    await hold.query('BEGIN');
    await hold.query("SELECT 1 FROM attachments WHERE id = 'file-c' FOR UPDATE");
    const late = onPg.store(send('old-year', [{ id: 'file-c', path: 'page-terrace.plan' }]), lastOfYear);
    const early = () => createPgSubmissionRepository(both.second).store(send('new-year'), firstOfYear);
    const read = await readAcross(hold, late, early);
    const [oldYear, newYear] = [await onPg.byIdempotencyKey('old-year'), await onPg.byIdempotencyKey('new-year')];
    expect(oldYear?.reference).toMatch(/^KV-2026-/);
    expect(newYear?.reference).toBe('KV-2027-000001');
    expect(read).toEqual({ earlyWaited: true, first: [], second: [oldYear?.id, newYear?.id] });
    // The change order is the commit order, and submitted_at never decreases with it.
    const { rows } = await both.pool.query<{ at: string }>('SELECT submitted_at AS at FROM submissions WHERE change_seq IS NOT NULL ORDER BY change_seq');
    expect(rows.map((r) => r.at)).toEqual([...rows.map((r) => r.at)].sort());
  });
});
