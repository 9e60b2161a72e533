/** The reference data and the readiness check on both databases: the same answers from the same rows. */
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Promised } from '../../../server/db/promised';
import { openPostgres } from '../../../server/db/postgres/connection';
import { createPgReadiness } from '../../../server/health/pg-health-repository';
import { createPgReferenceRepository } from '../../../server/reference/pg-reference-repository';
import type { ReferenceRepository } from '../../../server/reference/reference-repository';
import { POSTGRES_AVAILABLE, useBothDatabases } from '../../support/both-databases';

describe.skipIf(!POSTGRES_AVAILABLE)('reference data and readiness on both databases', () => {
  const both = useBothDatabases('reference');
  let onPg: Promised<ReferenceRepository>;
  beforeAll(() => {
    onPg = createPgReferenceRepository(both.pool);
  });

  it('answer the same reference data', async () => {
    const onSqlite = both.sqlite.ctx.repos.reference;
    expect(await onSqlite.municipalities()).toHaveLength(308);
    expect(await onPg.municipalities()).toEqual(await onSqlite.municipalities());
    expect(await onPg.place('091')).toEqual(await onSqlite.place('091'));
    expect(await onPg.place('999')).toBeNull();
    expect(await onPg.places(['837', '091', '999'])).toEqual(await onSqlite.places(['837', '091', '999']));
    expect(await onPg.authorities()).toEqual(await onSqlite.authorities());
    expect(await onPg.authority('municipality-091')).toEqual(await onSqlite.authority('municipality-091'));
    expect(await onPg.authority('nobody')).toBeUndefined();
    expect(await onPg.areas()).toEqual(await onSqlite.areas());
    expect(await onPg.topics()).toEqual(await onSqlite.topics());
  });

  it('are ready with every migration applied, and not when the database is gone', async () => {
    const applied = await createPgReadiness(both.pool).appliedMigrations();
    const journal = (await both.pool.query<{ n: number }>('SELECT count(*) AS n FROM drizzle.__drizzle_migrations')).rows[0].n;
    expect(applied).toBe(journal);
    expect(await both.sqlite.ctx.repos.readiness.appliedMigrations()).toBeGreaterThan(0);
    const { pool: other } = await both.postgres.database('gone');
    await other.end();
    expect(await createPgReadiness(other).appliedMigrations()).toBeNull();
  });

  it('give up on a host that takes the connection and never answers, instead of waiting on it', async () => {
    const held: Socket[] = [];
    const silent = createServer((socket) => void held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const started = Date.now();
    try {
      await expect(openPostgres(`postgres://kevyt@127.0.0.1:${port}/none`, { connectTimeoutMs: 300 })).rejects.toThrow(/timeout/i);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      for (const socket of held) socket.destroy();
      silent.close();
    }
  });
});
