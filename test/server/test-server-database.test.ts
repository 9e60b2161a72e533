/**
 * The API suites' test servers run on the database of their project: SQLite in `unit`, PostgreSQL
 * in `api-postgres` (vite.config.ts), so a suite listed for both is really run on both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: 'reference' });
});
afterAll(() => server?.close());

describe('the test server', () => {
  it('runs on the database of its project, with the reference data seeded there', async () => {
    expect(server.ctx.database.kind).toBe(inject('postgresAdminUrl') ? 'postgres' : 'sqlite');
    expect(await server.sql<{ n: number }>('SELECT count(*) AS n FROM municipalities WHERE code = ?', '091')).toEqual([{ n: 1 }]);
  });

  it('refuses on PostgreSQL a test that reaches for the SQLite connection, naming what to use instead', () => {
    if (server.ctx.database.kind === 'sqlite') expect(server.ctx.sqlite.open).toBe(true);
    else expect(() => server.ctx.sqlite).toThrow(/use the test server's sql\(\) to run on both/);
  });
});
