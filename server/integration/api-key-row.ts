/** An API key as the api_keys table keeps it, whichever database holds the table. */
import type { ApiKeyScope } from './api-keys';
import type { ApiKeyRow, NewApiKey } from './api-key-repository';

export interface StoredApiKey {
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

/** Aliases quoted: PostgreSQL folds unquoted ones to lower case. */
export const API_KEY_COLUMNS = `id, authority_id AS "authorityId", name, secret_hash AS "secretHash", scopes_json AS "scopesJson",
  ip_allow_json AS "ipAllowJson", expires_at AS "expiresAt", created_by AS "createdBy", created_at AS "createdAt",
  revoked_at AS "revokedAt", last_used_at AS "lastUsedAt"`;

export const API_KEY_INSERT_COLUMNS = 'id, authority_id, name, secret_hash, scopes_json, ip_allow_json, expires_at, created_by, created_at';

export function apiKeyOf({ scopesJson, ipAllowJson, ...row }: StoredApiKey): ApiKeyRow {
  return {
    ...row,
    scopes: JSON.parse(scopesJson) as ApiKeyScope[],
    ipAllowList: ipAllowJson === null ? null : (JSON.parse(ipAllowJson) as string[]),
  };
}

/** The values of API_KEY_INSERT_COLUMNS. */
export function apiKeyValues(key: NewApiKey): [string, string, string, string, string, string | null, string | null, number | null, string] {
  return [key.id, key.authorityId, key.name, key.secretHash, JSON.stringify(key.scopes), key.ipAllowList === null ? null : JSON.stringify(key.ipAllowList), key.expiresAt, key.createdBy, key.createdAt];
}
