/**
 * Nothing is lost when a server process dies: 2,000 sends through two server processes on one
 * database, one of them killed with SIGKILL twice during the load and started again, every failed
 * request sent again with its idempotency key (to whichever process is up), as a client does. Then
 * every receipt has exactly one stored submission with the receipt's reference, every send's alerts
 * were queued once, and the references of the run follow each other with no number repeated or
 * skipped. Then two handlers press the same step of the same cases at once on the two processes: each
 * case moves once. The processes are the real server (bench/servers/kevyt-server.ts) in child processes,
 * on one SQLite file, and again (where PostgreSQL is installed) on one PostgreSQL database.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChildServer, type ChildServer } from '../../bench/lib/child-server';
import { BenchClient } from '../../bench/lib/bench-client';
import { plainService } from '../support/plain-service';
import type { CaseDetail, OfferedService } from '../../api-contract';
import { DEMO_HANDLER_HELSINKI } from '../../bench/lib/demo-accounts';
import { POSTGRES_AVAILABLE } from '../support/both-databases';
import { startPostgresCluster } from '../support/postgres-cluster';

const SENDS = 2000;
const CONNECTIONS = 16;
/** After how many receipts the first process is killed (and started again). */
const KILLS_AT = [500, 1200];

/** The database both processes share, and how the test reads it beside them. */
interface SharedDatabase {
  /** The processes' environment that points them at it. */
  env: Record<string, string>;
  /** Rows of a query both SQLite and PostgreSQL understand (counts cast to integers). */
  rows<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

const sqliteFile = (dbPath: string): SharedDatabase => ({
  env: {},
  async rows<T>(sql: string) {
    // Read beside the running processes (WAL: a reader sees the last commit and blocks no one).
    const sqlite = new Database(dbPath, { readonly: true });
    try {
      return sqlite.prepare<[], T>(sql).all();
    } finally {
      sqlite.close();
    }
  },
  close: async () => undefined,
});

async function postgresDatabase(): Promise<SharedDatabase> {
  const cluster = await startPostgresCluster();
  const url = await cluster.createDatabase('kevyt_soak');
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // The cluster stops right after the pool ends: a connection still closing then hears PostgreSQL end it.
  pool.on('connect', (client) => client.on('error', () => undefined));
  pool.on('error', () => undefined);
  return {
    env: { DATABASE_URL: url },
    async rows<T>(sql: string) {
      return (await pool.query(sql)).rows as T[];
    },
    async close() {
      await pool.end();
      await cluster.stop();
    },
  };
}

const DATABASES: Array<{ name: string; open(dir: string): Promise<SharedDatabase> }> = [
  { name: 'SQLite', open: async (dir) => sqliteFile(join(dir, 'kevyt.db')) },
  ...(POSTGRES_AVAILABLE ? [{ name: 'PostgreSQL', open: () => postgresDatabase() }] : []),
];

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(DATABASES)('two server processes on one $name database', ({ open }) => {
  const dir = mkdtempSync(join(tmpdir(), 'kevyt-soak-'));
  const instances: Array<ChildServer | null> = [null, null];
  let database: SharedDatabase;
  beforeAll(async () => {
    database = await open(dir);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(instances.map((i) => i?.stop()));
    await database?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // The load comes from this machine: allowed past the send limits, as a load test is by configuration.
  const start = () =>
    startChildServer('bench/servers/kevyt-server.ts', [join(dir, 'kevyt.db'), join(dir, 'files')], { RATE_LIMIT_ALLOW: '127.0.0.1', ...database.env });

  it('keep every receipt once, every alert once and the references without a gap while one is killed twice during 2,000 sends', async () => {
    instances[0] = await start();
    instances[1] = await start();
    const { service, data, municipality } = plainService();
    const offering = await new BenchClient(instances[1].url).get<{ services: OfferedService[] }>(`/api/offering?municipality=${municipality}&lang=fi`);
    const offer = offering.services.find((s) => s.serviceId === service.id);
    if (!offer) throw new Error(`${service.id} is not offered in ${municipality}`);
    // One CSRF cookie and token serve both processes: their secrets live in the shared database.
    const csrf = await new BenchClient(instances[1].url).csrfHeaders();

    const receipts = new Map<string, string>();
    let retries = 0;
    let next = 0;
    let turn = 0;
    const live = () => instances.filter((i): i is ChildServer => i !== null);

    async function sendOnce(key: string): Promise<void> {
      const body = JSON.stringify({ deploymentId: offer!.deploymentId, municipality, data, contact: { name: 'Kuormitus Testaaja', email: 'kuormitus@example.fi' }, lang: 'fi', idempotencyKey: key });
      for (;;) {
        const up = live();
        const target = up[turn++ % Math.max(1, up.length)];
        if (target) {
          try {
            const res = await fetch(`${target.url}/api/submissions`, { method: 'POST', headers: { 'content-type': 'application/json', ...csrf }, body });
            if (res.status === 201 || res.status === 200) {
              const { reference } = (await res.json()) as { reference: string };
              const earlier = receipts.get(key);
              if (earlier !== undefined && earlier !== reference) throw new Error(`${key}: two receipts, ${earlier} and ${reference}`);
              receipts.set(key, reference);
              return;
            }
            // A process going down may answer 503 (busy, stopping); anything else is a bug.
            if (res.status !== 503) throw new Error(`${key}: ${res.status} ${await res.text()}`);
          } catch (err) {
            if (err instanceof Error && err.message.startsWith(key)) throw err;
            // The connection died with the process: the send may or may not be stored; its key says which.
          }
        }
        retries++;
        await pause(50);
      }
    }

    let kills = 0;
    const killer = (async () => {
      for (const at of KILLS_AT) {
        while (receipts.size < at) await pause(10);
        const victim = instances[0]!;
        instances[0] = null;
        victim.signal('SIGKILL');
        await victim.exited;
        kills++;
        instances[0] = await start();
      }
    })();

    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < SENDS) await sendOnce(`soak-${next++}-${randomUUID()}`);
      }),
    );
    await killer;
    expect(kills).toBe(2);
    expect(receipts.size).toBe(SENDS);

    const stored = await database.rows<{ key: string; reference: string; id: number }>(
      `SELECT idempotency_key AS key, reference, id FROM submissions WHERE idempotency_key LIKE 'soak-%'`,
    );
    expect(stored).toHaveLength(SENDS);
    const byKey = new Map(stored.map((s) => [s.key, s.reference]));
    for (const [key, reference] of receipts) expect(byKey.get(key), key).toBe(reference);

    // The alerts each send queues, once: the authority's and the customer's receipt.
    const alerts = await database.rows<{ kind: string; n: number; sends: number }>(
      `SELECT o.kind, CAST(count(*) AS INTEGER) AS n, CAST(count(DISTINCT o.submission_id) AS INTEGER) AS sends FROM outbox o JOIN submissions s ON s.id = o.submission_id
       WHERE s.idempotency_key LIKE 'soak-%' GROUP BY o.kind ORDER BY o.kind`,
    );
    expect(alerts).toEqual([
      { kind: 'new_submission', n: SENDS, sends: SENDS },
      { kind: 'receipt', n: SENDS, sends: SENDS },
    ]);

    // Every reference of the year, the demo's and the run's, one after another.
    const year = new Date().getUTCFullYear();
    const numbers = (await database.rows<{ reference: string }>(`SELECT reference FROM submissions WHERE reference LIKE 'KV-${year}-%'`))
      .map((r) => Number(r.reference.slice(-6)))
      .sort((a, b) => a - b);
    expect(numbers.length).toBeGreaterThanOrEqual(SENDS);
    expect(numbers.every((n, i) => n === numbers[0] + i)).toBe(true);
    console.log(`soak: ${SENDS} sends, ${retries} retries, 2 kills`);
  }, 600_000);

  it('move a case once when two handlers press the same step at once on different processes', async () => {
    const [first, second] = instances;
    if (!first || !second) throw new Error('the processes of the first test are not running');
    const handler = new BenchClient(first.url);
    await handler.login(DEMO_HANDLER_HELSINKI.email, DEMO_HANDLER_HELSINKI.password);
    // One session: it lives in the database, so both processes know it.
    const headers = { 'content-type': 'application/json', ...(await handler.csrfHeaders()) };
    const cases = await database.rows<{ id: number }>(
      `SELECT CAST(id AS INTEGER) AS id FROM submissions WHERE idempotency_key LIKE 'soak-%' AND authority_id = 'municipality-091' ORDER BY id LIMIT 20`,
    );
    expect(cases).toHaveLength(20);
    for (const { id } of cases) {
      const detail = await handler.get<CaseDetail>(`/api/cases/${id}?lang=fi`);
      const step = detail.transitions.find((t) => !t.commentRequired && !t.decision);
      if (!step) throw new Error(`case ${id} offers no step without a comment`);
      // As a client does: a 503 (the other process held the write lock longer than the short wait) is pressed again.
      const press = async (server: ChildServer): Promise<Response> => {
        for (;;) {
          const answer = await fetch(`${server.url}/api/cases/${id}/transitions?lang=fi`, { method: 'POST', headers, body: JSON.stringify({ event: step.event }) });
          if (answer.status !== 503) return answer;
          await pause(50);
        }
      };
      const answers = await Promise.all([press(first), press(second)]);
      expect(answers.map((a) => a.status).sort(), `case ${id}`).toEqual([200, 409]);
      const after = await handler.get<CaseDetail>(`/api/cases/${id}?lang=fi`);
      expect(after.status.id).toBe(step.to.id);
      expect(after.history.filter((h) => h.kind === 'status')).toHaveLength(1);
    }
  }, 300_000);
});
