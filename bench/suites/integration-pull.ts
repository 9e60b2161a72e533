/**
 * The integration feed on a large database: a case-management system pulls Helsinki's 10,000 newest
 * cases in pages of 100 (GET /api/integration/v1/cases?after=…&limit=100) from the inbox suite's
 * database of 1,000,000 submissions, page after page with the cursor each page gave. Timed in the
 * server process (the goal: the feed's page as the route computes it) and through HTTP with a real
 * API key (key check, audit row and JSON too), beside the handler's inbox page of the same authority
 * in the same run.
 */
import { join, resolve } from 'node:path';
import { startServer } from '../../server/app';
import { parseInboxFilters } from '../../server/cases/inbox-filters';
import { sqliteContext, type SqliteAppContext } from '../../server/context';
import { createApiKey } from '../../server/integration/api-key-admin';
import { caseCursor } from '../../server/integration/case-cursor';
import { changedCasesPage } from '../../server/integration/case-feed';
import { DEMO_HANDLER_HELSINKI } from '../lib/demo-accounts';
import type { Figure } from '../lib/report';
import { percentile, timeSync } from '../lib/stats';
import { bigDatabase, BENCH_ROWS } from './inbox-and-offering';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 300);
/** How many new cases one pull fetches. */
const PULL = Number(process.env.BENCH_PULL_CASES ?? 10_000);
const PAGE = 100;
const AUTHORITY = 'municipality-091';
const cacheDir = join(resolve(import.meta.dirname, '../..'), 'bench/.cache');

/**
 * The cursor a system holds that has seen every case of the authority but the newest PULL: the
 * change sequence number just before them (0 when the authority has fewer).
 */
function cursorBeforeNewest(ctx: SqliteAppContext): { cursor: string; cases: number } {
  const row = ctx.sqlite
    .prepare<[string, number], { seq: number }>(
      `SELECT change_seq AS seq FROM submissions INDEXED BY submissions_changes
        WHERE authority_id = ? AND change_seq IS NOT NULL ORDER BY change_seq DESC LIMIT 1 OFFSET ?`,
    )
    .get(AUTHORITY, PULL);
  const newer = ctx.sqlite
    .prepare<[string, number], { n: number }>('SELECT count(*) AS n FROM submissions INDEXED BY submissions_changes WHERE authority_id = ? AND change_seq > ?')
    .get(AUTHORITY, row?.seq ?? 0);
  return { cursor: caseCursor(row?.seq ?? 0), cases: newer?.n ?? 0 };
}

function handlerId(ctx: SqliteAppContext): number {
  const row = ctx.sqlite.prepare<[string], { id: number }>('SELECT id FROM users WHERE email = ?').get(DEMO_HANDLER_HELSINKI.email);
  if (!row) throw new Error('the demo handler is missing');
  return row.id;
}

interface Page {
  cursor: string;
  hasMore: boolean;
  count: number;
}

/** Whole pulls from `start`, page by page with the cursor each page gives, until `iterations` pages are timed. */
async function pullDirect(start: string, iterations: number, page: (after: string) => Promise<Page>) {
  const samples: number[] = [];
  let pulled = 0;
  for (let round = 0; samples.length < iterations; round++) {
    for (let after = start, more = true; more; ) {
      const t0 = performance.now();
      const got = await page(after);
      samples.push(performance.now() - t0);
      if (round === 0) pulled += got.count;
      after = got.cursor;
      more = got.hasMore && got.count > 0;
    }
  }
  return { samples, pulled };
}

async function pullAsync(start: string, iterations: number, page: (after: string) => Promise<Page>): Promise<number[]> {
  const samples: number[] = [];
  while (samples.length < iterations) {
    for (let after = start, more = true; more; ) {
      const t0 = performance.now();
      const got = await page(after);
      samples.push(performance.now() - t0);
      after = got.cursor;
      more = got.hasMore && got.count > 0;
    }
  }
  return samples;
}

function summary(samples: number[], cpuMicros: number): string {
  return `median ${percentile(samples, 50).toFixed(2)} ms, CPU ${(cpuMicros / 1000 / samples.length).toFixed(2)} ms a page`;
}

export async function run(): Promise<Figure[]> {
  const dbPath = await bigDatabase();
  const server = await startServer({ dbPath, filesDir: join(cacheDir, 'files'), port: 0, host: '127.0.0.1', seed: false });
  try {
    const ctx = sqliteContext(server.ctx);
    const { cursor: start, cases } = cursorBeforeNewest(ctx);
    const rows = `${BENCH_ROWS.toLocaleString('en')} submissions`;

    // Server time: the page as the route computes it, every page of the pull in turn (after one
    // untimed pull, as the inbox suite warms up before timing).
    const page = async (after: string): Promise<Page> => {
      const p = await changedCasesPage(ctx, AUTHORITY, after, PAGE);
      return { cursor: p.cursor, hasMore: p.hasMore, count: p.cases.length };
    };
    await pullDirect(start, 1, page);
    const cpu0 = process.cpuUsage();
    const feed = await pullDirect(start, ITERATIONS, page);
    const feedCpu = process.cpuUsage(cpu0);
    if (feed.pulled !== cases) throw new Error(`the pull fetched ${feed.pulled} cases, expected ${cases}`);

    // The handler's first inbox page of the same authority in the same run (the inbox suite's figure).
    const userId = handlerId(ctx);
    const parsed = parseInboxFilters({ limit: '50' }, userId);
    if (!parsed.ok) throw new Error('bad inbox filters');
    const inboxPage = () => void ctx.repos.inbox.page(AUTHORITY, userId, parsed.filters);
    timeSync(inboxPage, 50, 0);
    const inboxCpu0 = process.cpuUsage();
    const inbox = timeSync(inboxPage, feed.samples.length, 0);
    const inboxCpu = process.cpuUsage(inboxCpu0);

    // Through HTTP with a real key, as the case-management system pulls.
    const key = await createApiKey(ctx, AUTHORITY, { name: 'Bench pull', scopes: ['cases:read'] }, { kind: 'system' });
    const headers = { authorization: `Bearer ${key.token}`, accept: 'application/json' };
    const http = await pullAsync(start, ITERATIONS, async (after) => {
      const res = await fetch(`${server.url}/api/integration/v1/cases?limit=${PAGE}&after=${after}`, { headers });
      if (res.status !== 200) throw new Error(`the feed answered ${res.status}`);
      const body = (await res.json()) as { cursor: string; hasMore: boolean; cases: unknown[] };
      return { cursor: body.cursor, hasMore: body.hasMore, count: body.cases.length };
    });

    const baseline = { name: `Helsinki's inbox page, server time p95 (${summary(inbox, inboxCpu.user + inboxCpu.system)})`, value: percentile(inbox, 95) };
    return [
      {
        suite: 'integration', unit: 'ms', goal: { op: '<=', value: 15 }, baseline,
        name: `feed page of ${PAGE} server time p95 (pulling Helsinki's ${cases.toLocaleString('en')} newest cases, ${feed.samples.length} pages, ${rows})`,
        value: percentile(feed.samples, 95), note: summary(feed.samples, feedCpu.user + feedCpu.system),
      },
      {
        suite: 'integration', unit: 'ms', name: `HTTP GET /api/integration/v1/cases?limit=${PAGE} p95 (with the key check and its audit row)`,
        value: percentile(http, 95), note: `median ${percentile(http, 50).toFixed(2)} ms`,
      },
    ];
  } finally {
    await server.close();
  }
}
