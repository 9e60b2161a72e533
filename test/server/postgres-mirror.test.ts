/**
 * The test harness that gives PostgreSQL the same starting data as a SQLite fixture copies every
 * row of every schema table, and PostgreSQL numbers new rows on after the copied ids.
 */
import { getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import * as sqliteSchema from '../../server/db/schema';
import { POSTGRES_AVAILABLE, useBothDatabases } from '../support/both-databases';
import { publishedPack } from './fixtures';
import { terracePack } from './terrace-pack';

describe.skipIf(!POSTGRES_AVAILABLE)('mirroring a SQLite fixture into PostgreSQL', () => {
  const both = useBothDatabases('mirror', ({ ctx }) => publishedPack(ctx, terracePack));

  it('copies every row of every table, and new rows get the next ids', async () => {
    const { pool, sqlite } = both;
    let copied = 0;
    for (const table of Object.values(sqliteSchema).filter((t) => is(t, SQLiteTable))) {
      const name = getTableName(table);
      const expected = sqlite.ctx.sqlite.prepare<[], { n: number }>(`SELECT count(*) AS n FROM "${name}"`).get()?.n ?? 0;
      const got = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`);
      expect({ name, rows: Number(got.rows[0].n) }).toEqual({ name, rows: expected });
      copied += expected;
    }
    expect(copied).toBeGreaterThan(308);
    const lastPack = sqlite.ctx.sqlite.prepare<[], { id: number }>('SELECT max(id) AS id FROM packs').get()?.id ?? 0;
    const added = await pool.query<{ id: number }>(`INSERT INTO packs (slug, draft_json, draft_updated_at, created_at) SELECT slug || '-copy', draft_json, draft_updated_at, created_at FROM packs LIMIT 1 RETURNING id`);
    expect(added.rows[0].id).toBe(lastPack + 1);
  });
});
