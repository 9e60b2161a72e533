/** API keys in SQLite. */
import type { Sqlite } from '../db/connection';
import type { Synchronous } from '../db/promised';
import type { AuditRecord, AuditRepository } from '../audit/audit-repository';
import type { ApiKeyScope } from './api-keys';
import type { ApiKeyRepository, ApiKeyRow, NewApiKey } from './api-key-repository';

interface StoredRow {
  id: string;
  authorityId: string;
  name: string;
  secretHash: string;
  scopesJson: string;
  ipAllowJson: string | null;
  expiresAt: string | null;
  createdBy: number | null;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

const COLUMNS = `id, authority_id AS authorityId, name, secret_hash AS secretHash, scopes_json AS scopesJson,
  ip_allow_json AS ipAllowJson, expires_at AS expiresAt, created_by AS createdBy, created_at AS createdAt,
  revoked_at AS revokedAt, last_used_at AS lastUsedAt`;

function fromStored({ scopesJson, ipAllowJson, ...row }: StoredRow): ApiKeyRow {
  return {
    ...row,
    scopes: JSON.parse(scopesJson) as ApiKeyScope[],
    ipAllowList: ipAllowJson === null ? null : (JSON.parse(ipAllowJson) as string[]),
  };
}

export function createSqliteApiKeyRepository(sqlite: Sqlite, audit: Synchronous<AuditRepository>): ApiKeyRepository {
  const insert = sqlite.prepare<[string, string, string, string, string, string | null, string | null, number | null, string]>(
    `INSERT INTO api_keys (id, authority_id, name, secret_hash, scopes_json, ip_allow_json, expires_at, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const list = sqlite.prepare<[string], StoredRow>(`SELECT ${COLUMNS} FROM api_keys WHERE authority_id = ? ORDER BY created_at DESC, id`);
  const byId = sqlite.prepare<[string], StoredRow>(`SELECT ${COLUMNS} FROM api_keys WHERE id = ?`);
  const revoke = sqlite.prepare<[string, string, string]>('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND authority_id = ? AND revoked_at IS NULL');
  const used = sqlite.prepare<[string, string]>('UPDATE api_keys SET last_used_at = ? WHERE id = ?');
  const create = sqlite.transaction((key: NewApiKey, record: AuditRecord) => {
    insert.run(
      key.id, key.authorityId, key.name, key.secretHash, JSON.stringify(key.scopes),
      key.ipAllowList === null ? null : JSON.stringify(key.ipAllowList), key.expiresAt, key.createdBy, key.createdAt,
    );
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
