/** Sessions' acting-for choices in SQLite (`session_acting_for`, deleted with their session). */
import type { Sqlite } from '../db/connection';
import type { ActingForChoice, ActingForRepository } from './acting-for-repository';
import { ACTING_FOR_COLUMNS } from './acting-for-row';

export function createSqliteActingForRepository(sqlite: Sqlite): ActingForRepository {
  const of = sqlite.prepare<[string], ActingForChoice>(`SELECT ${ACTING_FOR_COLUMNS} FROM session_acting_for WHERE session_id = ?`);
  const choose = sqlite.prepare<[string, string, string, string]>(
    `INSERT INTO session_acting_for (session_id, business_id, name, chosen_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_id) DO UPDATE SET business_id = excluded.business_id, name = excluded.name, chosen_at = excluded.chosen_at`,
  );
  const clear = sqlite.prepare<[string]>('DELETE FROM session_acting_for WHERE session_id = ?');
  return {
    of: async (sessionId) => of.get(sessionId),
    choose: async (sessionId, choice) => void choose.run(sessionId, choice.businessId, choice.name, choice.chosenAt),
    clear: async (sessionId) => void clear.run(sessionId),
  };
}
