/** Sessions' acting-for choices in PostgreSQL (`session_acting_for`, deleted with their session). */
import type { Promised } from '../db/promised';
import type { PgQueryable } from '../db/postgres/transaction';
import type { ActingForChoice, ActingForRepository } from './acting-for-repository';
import { ACTING_FOR_COLUMNS } from './acting-for-row';

export function createPgActingForRepository(db: PgQueryable): Promised<ActingForRepository> {
  return {
    of: async (sessionId) => (await db.query<ActingForChoice>(`SELECT ${ACTING_FOR_COLUMNS} FROM session_acting_for WHERE session_id = $1`, [sessionId])).rows[0],
    async choose(sessionId, choice) {
      await db.query(
        `INSERT INTO session_acting_for (session_id, business_id, name, chosen_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (session_id) DO UPDATE SET business_id = excluded.business_id, name = excluded.name, chosen_at = excluded.chosen_at`,
        [sessionId, choice.businessId, choice.name, choice.chosenAt],
      );
    },
    async clear(sessionId) {
      await db.query('DELETE FROM session_acting_for WHERE session_id = $1', [sessionId]);
    },
  };
}
