/** Seeding's writes on PostgreSQL (seed-repository.ts). */
import type pg from 'pg';
import { inTransaction } from '../db/postgres/transaction';
import type { SeedRepository } from './seed-repository';

export function createPgSeedRepository(pool: pg.Pool): SeedRepository {
  return {
    async writeReference(data) {
      await inTransaction(pool, async (client) => {
        // Every instance writes the reference data at start; the lock keeps two starting at once from deadlocking on the same rows.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['kevyt reference data']);
        // Row arrays as JSON: one statement per table instead of ~1,000 round trips.
        await client.query(
          `INSERT INTO municipalities (code, name_fi, name_sv, languages, region_code)
           SELECT m->>'code', m->>'nameFi', m->>'nameSv', m->>'languages', m->>'regionCode' FROM jsonb_array_elements($1::jsonb) AS m
           ON CONFLICT (code) DO UPDATE SET name_fi = excluded.name_fi, name_sv = excluded.name_sv`,
          [JSON.stringify(data.municipalities)],
        );
        await client.query(
          `INSERT INTO authorities (id, kind, name_fi, name_sv, name_en)
           SELECT a->>'id', a->>'kind', a->>'fi', a->>'sv', a->>'en' FROM jsonb_array_elements($1::jsonb) AS a
           ON CONFLICT (id) DO UPDATE SET name_fi = excluded.name_fi, name_sv = excluded.name_sv, name_en = excluded.name_en`,
          [JSON.stringify(data.authorities)],
        );
        const areas = data.authorities.flatMap((a) => a.municipalities.map((code) => ({ a: a.id, m: code })));
        await client.query(
          `INSERT INTO authority_municipalities (authority_id, municipality_code)
           SELECT r->>'a', r->>'m' FROM jsonb_array_elements($1::jsonb) AS r
           ON CONFLICT DO NOTHING`,
          [JSON.stringify(areas)],
        );
        await client.query(
          `INSERT INTO topics (id, name_fi, name_sv, name_en)
           SELECT t->>'id', t->>'fi', t->>'sv', t->>'en' FROM jsonb_array_elements($1::jsonb) AS t
           ON CONFLICT (id) DO UPDATE SET name_fi = excluded.name_fi, name_sv = excluded.name_sv, name_en = excluded.name_en`,
          [JSON.stringify(data.topics)],
        );
      });
    },
    async addStaffToEmpty(staff, authenticator) {
      return inTransaction(pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['kevyt demo staff']);
        if ((await client.query('SELECT 1 FROM users LIMIT 1')).rowCount) return false;
        for (const s of staff) {
          const { rows } = await client.query<{ id: number }>(
            'INSERT INTO users (email, name, role, authority_id, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id',
            [s.email, s.name, s.role, s.authorityId, s.passwordHash],
          );
          if (authenticator.enrolled(s.role))
            await client.query('INSERT INTO staff_totp (user_id, secret_sealed, confirmed_at) VALUES ($1, $2, $3)', [rows[0].id, authenticator.secretSealed, authenticator.confirmedAt]);
        }
        return true;
      });
    },
    async hasPacks() {
      return ((await pool.query('SELECT 1 FROM packs LIMIT 1')).rowCount ?? 0) > 0;
    },
    async exclusively(work) {
      // A session lock on a connection of its own, held while the seeding's own statements run on the pool.
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock(hashtext($1))', ['kevyt seeding']);
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', ['kevyt seeding']).catch(() => undefined);
        client.release();
      }
    },
  };
}
