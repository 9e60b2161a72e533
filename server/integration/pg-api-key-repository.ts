/** API keys in PostgreSQL. */
import { createPgAuditRepository } from '../audit/pg-audit-repository';
import type { Promised } from '../db/promised';
import { unitOfWork, type PgDatabase } from '../db/postgres/unit-of-work';
import type { ApiKeyRepository } from './api-key-repository';
import { API_KEY_COLUMNS, API_KEY_INSERT_COLUMNS, apiKeyOf, apiKeyValues, type StoredApiKey } from './api-key-row';

export function createPgApiKeyRepository(db: PgDatabase): Promised<ApiKeyRepository> {
  const unit = unitOfWork(db);
  return {
    create: (key, record) =>
      unit(async (client) => {
        await client.query(`INSERT INTO api_keys (${API_KEY_INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, apiKeyValues(key));
        await createPgAuditRepository(client).write(record);
      }),
    // COLLATE "C": ids in SQLite's (binary) order among keys made at the same time.
    list: async (authorityId) =>
      (await db.query<StoredApiKey>(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE authority_id = $1 ORDER BY created_at DESC, id COLLATE "C"`, [authorityId])).rows.map(apiKeyOf),
    async byId(id) {
      const row = (await db.query<StoredApiKey>(`SELECT ${API_KEY_COLUMNS} FROM api_keys WHERE id = $1`, [id])).rows[0];
      return row && apiKeyOf(row);
    },
    revoke: (id, authorityId, at, record) =>
      unit(async (client) => {
        const revoked = await client.query('UPDATE api_keys SET revoked_at = $1 WHERE id = $2 AND authority_id = $3 AND revoked_at IS NULL', [at, id, authorityId]);
        const changed = (revoked.rowCount ?? 0) > 0;
        if (changed) await createPgAuditRepository(client).write(record);
        return changed;
      }),
    recordUse: (id, at, record) =>
      unit(async (client) => {
        await client.query('UPDATE api_keys SET last_used_at = $1 WHERE id = $2', [at, id]);
        await createPgAuditRepository(client).write(record);
      }),
  };
}
