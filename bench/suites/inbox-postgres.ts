/**
 * The inbox suite's pages on PostgreSQL (server/cases/pg-inbox-repository.ts), beside SQLite's in
 * the same run: the same database of 1,000,000 submissions (`bench/.cache`, built once by
 * inbox-and-offering.ts; `BENCH_INBOX_ROWS` makes a smaller one) copied into a throwaway cluster
 * (test/support/postgres-cluster.ts), its search index and tallies derived after the copy as a
 * migration of an existing database derives them, then vacuumed and analysed. Each kind of page is
 * timed inside this process through the repository on both databases (server time, no HTTP), and
 * PostgreSQL's p95 printed with SQLite's as its baseline (SQLite's timed first, then PostgreSQL's).
 * Every timed page is first asked of both and their answers compared. Skipped, saying so, where PostgreSQL is
 * not installed.
 */
import { join, resolve } from 'node:path';
import { startServer } from '../../server/app';
import { createPgInboxRepository, rebuildPgInbox } from '../../server/cases/pg-inbox-repository';
import type { InboxPage } from '../../server/cases/inbox-query';
import { openPostgres } from '../../server/db/postgres/connection';
import { sqliteContext } from '../../server/context';
import { mirrorToPostgres } from '../../test/support/both-databases';
import { findPostgres, startPostgresCluster } from '../../test/support/postgres-cluster';
import { percentile, timeAsync } from '../lib/stats';
import type { Figure } from '../lib/report';
import { benchSegmentOrder, bigDatabase, handlerId, inboxPageKinds, ITERATIONS, sqliteInboxTimes } from './inbox-and-offering';

const cacheDir = resolve(import.meta.dirname, '../../bench/.cache');

/**
 * The server's memory for its pages as a database host would give it (the defaults are 128 MB and
 * 4 MB); everything else as the tests' clusters run.
 */
const SETTINGS = { shared_buffers: '1GB', work_mem: '16MB', effective_cache_size: '4GB', max_wal_size: '4GB' };

/** A page as JSON, its counts in key order (each database lists the statuses as its query met them). */
const canonical = (p: InboxPage) => JSON.stringify({ ...p, counts: Object.fromEntries(Object.entries(p.counts).sort(([a], [b]) => (a < b ? -1 : 1))) });

const ms = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

export async function run(): Promise<Figure[]> {
  if (findPostgres() === null) {
    console.log('inbox-postgres skipped: no PostgreSQL binaries found (Debian: apt-get install postgresql)');
    return [];
  }
  const dbPath = await bigDatabase();
  const server = await startServer({ dbPath, filesDir: join(cacheDir, 'files'), port: 0, host: '127.0.0.1', seed: false });
  const lite = sqliteContext(server.ctx);
  const cluster = await startPostgresCluster(SETTINGS);
  try {
    const { pool } = await openPostgres(await cluster.createDatabase('kevyt_bench'));
    try {
      let t0 = performance.now();
      // The history rows are the integration feed's, which no inbox page reads.
      await mirrorToPostgres(lite.db, pool, { bulk: { sqlite: lite.sqlite, tables: ['submissions'] }, leave: ['case_events'] });
      process.stderr.write(`bench: copied the submissions into PostgreSQL in ${ms(t0)}\n`);
      t0 = performance.now();
      await rebuildPgInbox(pool);
      await pool.query('VACUUM ANALYZE');
      process.stderr.write(`bench: PostgreSQL's search index and tallies built, vacuumed and analysed in ${ms(t0)}\n`);

      const userId = handlerId(lite);
      const order = await benchSegmentOrder(lite);
      const inbox = createPgInboxRepository(pool);
      const page = (filters: Parameters<typeof inbox.page>[2]) => inbox.page('municipality-091', userId, filters, order);
      const pgKinds = await inboxPageKinds((filters) => page(filters), userId, order);
      // Both answer every timed page alike (the repository tests hold them to that on small data).
      let differing = 0;
      for (const filters of pgKinds.flatMap((k) => k.filters)) {
        const want = await lite.repos.inbox.page('municipality-091', userId, filters, order);
        if (canonical(await page(filters)) !== canonical(want)) {
          differing++;
          process.stderr.write(`bench: PostgreSQL answers differently from SQLite: ${JSON.stringify({ ...filters, after: undefined, cursor: filters.after })}\n`);
        }
      }
      const sqlite = await sqliteInboxTimes(lite, userId, order);
      const figures: Figure[] = [];
      for (const [i, kind] of pgKinds.entries()) {
        const samples = await timeAsync(async (n) => void (await page(kind.filters[n % kind.filters.length])), ITERATIONS);
        const sqliteSamples = sqlite[i].samples;
        figures.push({
          suite: 'inbox-postgres',
          name: `PostgreSQL ${kind.name}`,
          value: percentile(samples, 95),
          unit: 'ms',
          goal: { op: '<=', value: kind.goal },
          baseline: { name: 'SQLite, same pages', value: percentile(sqliteSamples, 95) },
          note: `median ${percentile(samples, 50).toFixed(2)} ms (SQLite ${percentile(sqliteSamples, 50).toFixed(2)} ms)${i === 0 ? `; pages answered differently from SQLite: ${differing}` : ''}`,
        });
      }
      return figures;
    } finally {
      await pool.end();
    }
  } finally {
    await cluster.stop();
    await server.close();
  }
}
