/** API keys in SQLite. */
import type { Sqlite } from '../db/connection';
import type { Synchronous } from '../db/promised';
import type { AuditRecord, AuditRepository } from '../audit/audit-repository';
import type { ApiKeyRepository, NewApiKey } from './api-key-repository';
import { API_KEY_COLUMNS as COLUMNS, API_KEY_INSERT_COLUMNS, apiKeyOf as fromStored, apiKeyValues, type StoredApiKey as StoredRow } from './api-key-row';

export function createSqliteApiKeyRepository(sqlite: Sqlite, audit: Synchronous<AuditRepository>): ApiKeyRepository {
  const insert = sqlite.prepare<[string, string, string, string, string, string | null, string | null, number | null, string]>(
    `INSERT INTO api_keys (${API_KEY_INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const list = sqlite.prepare<[string], StoredRow>(`SELECT ${COLUMNS} FROM api_keys WHERE authority_id = ? ORDER BY created_at DESC, id`);
  const byId = sqlite.prepare<[string], StoredRow>(`SELECT ${COLUMNS} FROM api_keys WHERE id = ?`);
  const revoke = sqlite.prepare<[string, string, string]>('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND authority_id = ? AND revoked_at IS NULL');
  const used = sqlite.prepare<[string, string]>('UPDATE api_keys SET last_used_at = ? WHERE id = ?');
  const create = sqlite.transaction((key: NewApiKey, record: AuditRecord) => {
    insert.run(...apiKeyValues(key));
    audit.write(record);
  });
  const revokeOne = sqlite.transaction((id: string, authorityId: string, at: string, record: AuditRecord): boolean => {
    const changed = revoke.run(at, id, authorityId).changes > 0;
    if (changed) audit.write(record);
    return changed;
  });
  const recordUse = sqlite.transaction((id: string, at: string, record: AuditRecord) => {
    used.run(at, id);
    audit.write(record);
  });
  return {
    create: async (key, record) => create(key, record),
    list: async (authorityId) => list.all(authorityId).map(fromStored),
    async byId(id) {
      const row = byId.get(id);
      return row && fromStored(row);
    },
    revoke: async (id, authorityId, at, record) => revokeOne(id, authorityId, at, record),
    recordUse: async (id, at, record) => recordUse(id, at, record),
  };
}
