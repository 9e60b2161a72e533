/** Where an authority's API keys are kept: by id, with the SHA-256 of the secret only (api-keys.ts). */
import type { AuditRecord } from '../audit/audit-repository';
import type { ApiKeyScope, KeptApiKey } from './api-keys';

export interface ApiKeyRow extends KeptApiKey {
  name: string;
  createdBy: number | null;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface NewApiKey {
  id: string;
  authorityId: string;
  name: string;
  secretHash: string;
  scopes: readonly ApiKeyScope[];
  ipAllowList: readonly string[] | null;
  expiresAt: string | null;
  createdBy: number | null;
  createdAt: string;
}

export interface ApiKeyRepository {
  /** Keeps a new key and its audit row, in one unit of work. */
  create(key: NewApiKey, audit: AuditRecord): Promise<void>;
  /** An authority's keys, newest first, revoked ones too. */
  list(authorityId: string): Promise<ApiKeyRow[]>;
  byId(id: string): Promise<ApiKeyRow | undefined>;
  /** Revokes an authority's own key at once; false when it has no such key or it was revoked already. */
  revoke(id: string, authorityId: string, at: string, audit: AuditRecord): Promise<boolean>;
  /** Notes one use of a key (its last use and the audit row of what it did), in one unit of work. */
  recordUse(id: string, at: string, audit: AuditRecord): Promise<void>;
}
