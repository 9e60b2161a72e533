/**
 * The server itself on PostgreSQL (DATABASE_URL): it migrates and seeds an empty database, answers
 * /readyz with PostgreSQL's migrations, takes a customer's send, and a handler finds and moves the
 * case. A second instance on the same database shares the first one's sessions and CSRF secrets (a
 * cookie from one is good on the other), and an instance started again later keeps them. No SQLite
 * file is made.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/app';
import { shippedMigrations } from '../../server/health/readiness';
import { POSTGRES_MIGRATIONS_FOLDER } from '../../server/db/postgres/connection';
import { DEMO_STAFF } from '../../server/seed/demo';
import type { CaseDetail, InboxPage } from '../../api-contract';
import { POSTGRES_AVAILABLE } from '../support/both-databases';
import { startPostgresCluster, type PostgresCluster } from '../support/postgres-cluster';
import { ApiClient } from '../support/server';
import { DEMO_PASSWORD, HELSINKI_HANDLER, send } from './case-fixtures';

describe.skipIf(!POSTGRES_AVAILABLE)('the server on PostgreSQL', () => {
  let cluster: PostgresCluster;
  let dir: string;
  let databaseUrl: string;
  const servers: RunningServer[] = [];

  const start = async (): Promise<RunningServer> => {
    const server = await startServer({
      dbPath: join(dir, 'never-made.db'),
      filesDir: join(dir, 'files'),
      port: 0,
      host: '127.0.0.1',
      seed: 'demo',
      config: { databaseUrl, cookieSecure: false, sessionSecret: null, csrfSecret: null },
    });
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kevyt-pg-server-'));
    cluster = await startPostgresCluster();
    databaseUrl = await cluster.createDatabase('kevyt_server');
  }, 60_000);
  afterAll(async () => {
    for (const server of servers) await server.close();
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts on an empty database: migrated, seeded, ready, and no SQLite file', async () => {
    const server = await start();
    expect(server.ctx.database.kind).toBe('postgres');
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', migrations: shippedMigrations(POSTGRES_MIGRATIONS_FOLDER) });
    expect(existsSync(join(dir, 'never-made.db'))).toBe(false);
    expect((await server.ctx.repos.staff.byEmail(HELSINKI_HANDLER))?.name).toBe(DEMO_STAFF.find((s) => s.email === HELSINKI_HANDLER)?.name);
    expect((await server.ctx.repos.reference.municipalities()).length).toBe(308);
  }, 120_000);

  it('takes a send on one instance; the handler signed in there finds and moves it on another', async () => {
    const [first] = servers;
    const second = await start();
    // The second start seeded the same database again: nothing was added twice.
    expect((await second.ctx.repos.staff.ofAuthority('municipality-091')).filter((u) => u.email === HELSINKI_HANDLER)).toHaveLength(1);

    const receipt = await send(new ApiClient(first.url), { serviceId: 'event-noise', municipality: '091', email: 'aino.virtanen@example.fi', name: 'Aino Virtanen' });
    expect(receipt.status).toBe(201);
    expect(receipt.body.reference).toMatch(/^KV-\d{4}-\d{6}$/);

    // The send only queued its text; the background loop indexes it within a second or two, unasked.
    if (first.ctx.database.kind !== 'postgres') throw new Error('not on PostgreSQL');
    const { pool } = first.ctx.database;
    const indexed = async () => (await pool.query('SELECT 1 FROM inbox.search WHERE submission_id = $1', [receipt.body.id])).rowCount === 1;
    await expect.poll(indexed, { timeout: 10_000 }).toBe(true);
    expect((await pool.query('SELECT count(*)::int AS n FROM inbox.search_queue')).rows[0].n).toBe(0);

    const handler = new ApiClient(first.url);
    await handler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD);
    // The same cookies and CSRF token on the other instance: sessions and secrets live in the database.
    const elsewhere = new ApiClient(second.url);
    for (const [name, value] of handler.cookies) elsewhere.cookies.set(name, value);
    const inbox = await elsewhere.get<InboxPage>('/api/inbox?q=virtanen&lang=fi');
    expect(inbox.status).toBe(200);
    expect(inbox.body.items.map((i) => i.reference)).toEqual([receipt.body.reference]);

    const before = await elsewhere.get<CaseDetail>(`/api/cases/${receipt.body.id}?lang=fi`);
    const step = before.body.transitions.find((t) => !t.commentRequired && !t.decision);
    if (!step) throw new Error('the case offers no step without a comment');
    const moved = await elsewhere.post(`/api/cases/${receipt.body.id}/transitions`, { event: step.event }, { headers: { 'x-csrf-token': await handler.token() }, csrf: false });
    expect(moved.status).toBe(200);
    // Pressed again on the first instance: the case has moved on, once.
    const again = await handler.post(`/api/cases/${receipt.body.id}/transitions`, { event: step.event });
    expect(again.status).toBe(409);
    const detail = await handler.get<CaseDetail>(`/api/cases/${receipt.body.id}?lang=fi`);
    expect(detail.body.status.id).toBe(step.to.id);
    expect(detail.body.history.filter((h) => h.kind === 'status')).toHaveLength(1);
  }, 120_000);

  it('seeds an empty database once when two instances start on it at the same moment', async () => {
    const url = databaseUrl;
    databaseUrl = await cluster.createDatabase('kevyt_two_starts');
    try {
      const [a, b] = await Promise.all([start(), start()]);
      const packs = await a.ctx.repos.packs.all();
      expect(packs.length).toBeGreaterThan(0);
      expect(new Set(packs.map((p) => p.slug)).size).toBe(packs.length);
      expect((await b.ctx.repos.deployments.ofAuthority('rescue-helsinki')).length).toBe((await a.ctx.repos.deployments.ofAuthority('rescue-helsinki')).length);
      await a.close();
      await b.close();
      servers.splice(servers.indexOf(a), 1);
      servers.splice(servers.indexOf(b), 1);
    } finally {
      databaseUrl = url;
    }
  }, 180_000);

  it('keeps sessions across a restart: the secrets were stored in the database', async () => {
    const handler = new ApiClient(servers[0].url);
    await handler.loginStaff(HELSINKI_HANDLER, DEMO_PASSWORD);
    for (const server of servers.splice(0)) await server.close();
    const restarted = await start();
    const later = new ApiClient(restarted.url);
    for (const [name, value] of handler.cookies) later.cookies.set(name, value);
    const me = await later.get<{ email: string }>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(HELSINKI_HANDLER);
  }, 120_000);
});
