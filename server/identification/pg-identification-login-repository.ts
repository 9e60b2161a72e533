/** Strong identifications under way, in PostgreSQL: the browser's return may reach any instance. */
import type pg from 'pg';
import type { Promised } from '../db/promised';
import { inTransaction } from '../db/postgres/transaction';
import type { IdentificationLogin, IdentificationLoginRepository } from './identification-login-repository';
import { IDENTIFICATION_LOGIN_COLUMNS, IDENTIFICATION_LOGIN_INSERT_COLUMNS, identificationLoginValues } from './identification-login-row';

export function createPgIdentificationLoginRepository(pool: pg.Pool): Promised<IdentificationLoginRepository> {
  return {
    begin: (login, sweepBefore, replaces) =>
      inTransaction(pool, async (client) => {
        await client.query('DELETE FROM identification_logins WHERE expires_at < $1', [sweepBefore]);
        if (replaces) await client.query('DELETE FROM identification_logins WHERE id = $1', [replaces]);
        await client.query(`INSERT INTO identification_logins (${IDENTIFICATION_LOGIN_INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`, identificationLoginValues(login));
      }),
    // One DELETE … RETURNING: of two instances taking the same login, one gets it.
    async take(id) {
      return (await pool.query<IdentificationLogin>(`DELETE FROM identification_logins WHERE id = $1 RETURNING ${IDENTIFICATION_LOGIN_COLUMNS}`, [id])).rows[0];
    },
  };
}
