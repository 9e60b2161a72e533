/**
 * The send route on PostgreSQL beside SQLite, in the same run: one Kevyt process on a SQLite file,
 * then one and two Kevyt processes on one PostgreSQL database (a throwaway cluster), each loaded by
 * autocannon from this process. Figures: PostgreSQL's one-instance throughput against SQLite's (goal
 * ≥ 0.5) and two instances against one (goal ≥ 1.3). Skipped where PostgreSQL is not installed.
 *
 * The cluster runs with fsync off (test/support/postgres-cluster.ts), as SQLite's synchronous=NORMAL
 * in WAL mode does not sync each commit either. On a machine with few cores the load generator, the
 * server processes and PostgreSQL share them, so two instances show how far the work spreads, not
 * what two machines would do.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostgres, startPostgresCluster } from '../../test/support/postgres-cluster';
import { BenchClient } from '../lib/bench-client';
import { startChildServer, type ChildServer } from '../lib/child-server';
import type { Figure } from '../lib/report';
import { CONNECTIONS, deployBenchService, DURATION_S, load, sendBody, type LoadResult } from '../lib/send-load';

const ROUNDS = 2;

/** Two processes loaded at once, half the connections each: the requests per second they answer together. */
async function loadBoth(servers: [ChildServer, ChildServer], headers: Record<string, string>, body: () => string): Promise<LoadResult> {
  const half = Math.max(1, Math.floor(CONNECTIONS / 2));
  const [a, b] = await Promise.all(servers.map((s) => load(s, '/api/submissions', headers, body, half)));
  return { rps: a.rps + b.rps, p99: Math.max(a.p99, b.p99), errors: a.errors + b.errors, non2xx: a.non2xx + b.non2xx, cpuPerRequest: null };
}

const best = (rounds: LoadResult[]) => rounds.reduce((x, y) => (y.rps > x.rps ? y : x));

function refuseFailures(what: string, r: LoadResult): void {
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${what} answered ${r.non2xx} non-2xx and ${r.errors} errors`);
}

export async function run(): Promise<Figure[]> {
  if (!findPostgres()) {
    console.log('PostgreSQL is not installed (Debian: apt-get install postgresql): the PostgreSQL figures are skipped');
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'kevyt-bench-pg-'));
  const cluster = await startPostgresCluster();
  const servers: ChildServer[] = [];
  // The load comes from this machine: allowed past the rate limits, as a load test is by configuration.
  const env = { RATE_LIMIT_ALLOW: '127.0.0.1' };
  const start = async (dbFile: string, extra: Record<string, string> = {}) => {
    const server = await startChildServer('bench/servers/kevyt-server.ts', [join(dir, dbFile), join(dir, 'files')], { ...env, ...extra });
    servers.push(server);
    return server;
  };
  try {
    const databaseUrl = await cluster.createDatabase('kevyt_bench');
    const sqlite = await start('bench.db');
    // One after the other: the first seeds the empty database, the second finds it seeded.
    const first = await start('unused.db', { DATABASE_URL: databaseUrl });
    const second = await start('unused.db', { DATABASE_URL: databaseUrl });
    const sqliteBody = sendBody(await deployBenchService(sqlite.url));
    const pgBody = sendBody(await deployBenchService(first.url));
    const sqliteCsrf = await new BenchClient(sqlite.url).csrfHeaders();
    // One cookie and token serve both PostgreSQL instances: their secrets live in the database.
    const pgCsrf = await new BenchClient(first.url).csrfHeaders();

    // Warm up, then interleave the rounds so that the machine's noise falls on all three alike.
    await load(sqlite, '/api/submissions', sqliteCsrf, sqliteBody);
    await load(first, '/api/submissions', pgCsrf, pgBody);
    await load(second, '/api/submissions', pgCsrf, pgBody);
    const rounds = { sqlite: [] as LoadResult[], one: [] as LoadResult[], two: [] as LoadResult[] };
    for (let round = 0; round < ROUNDS; round++) {
      rounds.sqlite.push(await load(sqlite, '/api/submissions', sqliteCsrf, sqliteBody));
      rounds.one.push(await load(first, '/api/submissions', pgCsrf, pgBody));
      rounds.two.push(await loadBoth([first, second], pgCsrf, pgBody));
    }
    const [s, one, two] = [best(rounds.sqlite), best(rounds.one), best(rounds.two)];
    refuseFailures('SQLite', s);
    refuseFailures('PostgreSQL, one instance', one);
    refuseFailures('PostgreSQL, two instances', two);
    const note = `${CONNECTIONS} connections, ${DURATION_S} s, best of ${ROUNDS} interleaved rounds`;
    return [
      {
        suite: 'postgres', name: 'POST /api/submissions throughput on PostgreSQL, one instance', value: one.rps, unit: 'req/s',
        baseline: { name: 'the same on SQLite', value: s.rps }, ratioGoal: { op: '>=', value: 0.5 }, note,
      },
      {
        suite: 'postgres', name: 'POST /api/submissions throughput on PostgreSQL, two instances', value: two.rps, unit: 'req/s',
        baseline: { name: 'one instance on PostgreSQL', value: one.rps }, ratioGoal: { op: '>=', value: 1.3 }, note: `${note}; half the connections to each`,
      },
      ...(one.cpuPerRequest !== null && s.cpuPerRequest !== null
        ? [{
            suite: 'postgres', name: 'POST /api/submissions server CPU per request on PostgreSQL', value: one.cpuPerRequest, unit: 'µs',
            baseline: { name: 'the same on SQLite', value: s.cpuPerRequest },
            note: 'the Kevyt process only (PostgreSQL\'s own processes not counted), one instance',
          }]
        : []),
      { suite: 'postgres', name: 'POST /api/submissions p99 latency on PostgreSQL, one instance', value: one.p99, unit: 'ms', baseline: { name: 'the same on SQLite', value: s.p99 } },
    ];
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
