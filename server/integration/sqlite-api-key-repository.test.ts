/**
 * API keys kept in a real SQLite file: the secret never, its hash only; an authority lists and
 * revokes only its own keys, at once; each create, revoke and use writes its audit row with it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Sqlite } from '../db/connection';
import { createSqliteAuditWriter } from '../audit/sqlite-audit-repository';
import type { AuditRecord } from '../audit/audit-repository';
import { createSqliteApiKeyRepository } from './sqlite-api-key-repository';
import type { ApiKeyRepository, NewApiKey } from './api-key-repository';
import { issueApiKey, keyDecision, readApiKey } from './api-keys';

const HELSINKI = 'municipality-091';
const ESPOO = 'municipality-049';
const ADMIN = { kind: 'system' } as const;
let dir: string;
let sqlite: Sqlite;
let keys: ApiKeyRepository;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kevyt-api-keys-'));
  sqlite = openDatabase(join(dir, 'kevyt.db')).sqlite;
  sqlite.exec(`INSERT INTO authorities VALUES ('${HELSINKI}','municipality','Helsingin kaupunki','Helsingfors stad','City of Helsinki'),
    ('${ESPOO}','municipality','Espoon kaupunki','Esbo stad','City of Espoo')`);
  keys = createSqliteApiKeyRepository(sqlite, createSqliteAuditWriter(sqlite));
});
afterAll(() => {
  sqlite?.close();
  rmSync(dir, { recursive: true, force: true });
});

function newKey(authorityId: string, at: string, overrides: Partial<NewApiKey> = {}): { token: string; key: NewApiKey } {
  const issued = issueApiKey();
  return {
    token: issued.token,
    key: {
      id: issued.id, authorityId, name: 'Asianhallinta', secretHash: issued.secretHash, scopes: ['cases:read'],
      ipAllowList: null, expiresAt: null, createdBy: null, createdAt: at, ...overrides,
    },
  };
}

const record = (action: string, targetId: string, at: string): AuditRecord => ({ at, actor: ADMIN, action, targetType: 'api_key', targetId });

function auditRows(targetId: string): Array<{ action: string; actorKind: string; detailsJson: string | null }> {
  return sqlite
    .prepare<[string, string], { action: string; actorKind: string; detailsJson: string | null }>(
      `SELECT action, actor_kind AS actorKind, details_json AS detailsJson FROM audit_log WHERE target_id = ? OR details_json LIKE ? ORDER BY id`,
    )
    .all(targetId, `%${targetId}%`);
}

describe('the API key repository', () => {
  it('keeps the hash of the secret, never the key, and finds the key by its id', async () => {
    const { token, key } = newKey(HELSINKI, '2026-12-07T10:00:00.000Z', { scopes: ['cases:read', 'cases:write'], ipAllowList: ['192.0.2.0/24'], expiresAt: '2027-12-07T00:00:00.000Z' });
    await keys.create(key, record('apiKey.create', key.id, key.createdAt));
    const stored = JSON.stringify(sqlite.prepare('SELECT * FROM api_keys WHERE id = ?').get(key.id));
    const secret = readApiKey(`Bearer ${token}`)?.secret ?? '';
    expect(secret).not.toBe('');
    expect(stored).not.toContain(secret);
    const found = await keys.byId(key.id);
    expect(found).toMatchObject({ authorityId: HELSINKI, scopes: ['cases:read', 'cases:write'], ipAllowList: ['192.0.2.0/24'], revokedAt: null });
    expect(keyDecision(found, secret, { scope: 'cases:write', ip: '192.0.2.9', now: new Date('2026-12-08T00:00:00Z') })).toEqual({ ok: true });
    expect(auditRows(key.id).map((r) => r.action)).toEqual(['apiKey.create']);
  });

  it('lists an authority’s own keys, newest first', async () => {
    const first = newKey(ESPOO, '2026-12-07T09:00:00.000Z');
    const second = newKey(ESPOO, '2026-12-07T09:30:00.000Z');
    for (const { key } of [first, second]) await keys.create(key, record('apiKey.create', key.id, key.createdAt));
    expect((await keys.list(ESPOO)).map((k) => k.id)).toEqual([second.key.id, first.key.id]);
    expect((await keys.list(HELSINKI)).map((k) => k.authorityId)).not.toContain(ESPOO);
  });

  it('revokes a key of its own authority at once, once, and no other authority’s', async () => {
    const { token, key } = newKey(HELSINKI, '2026-12-07T11:00:00.000Z');
    await keys.create(key, record('apiKey.create', key.id, key.createdAt));
    expect(await keys.revoke(key.id, ESPOO, '2026-12-07T11:05:00.000Z', record('apiKey.revoke', key.id, '2026-12-07T11:05:00.000Z'))).toBe(false);
    expect(await keys.revoke(key.id, HELSINKI, '2026-12-07T11:06:00.000Z', record('apiKey.revoke', key.id, '2026-12-07T11:06:00.000Z'))).toBe(true);
    expect(await keys.revoke(key.id, HELSINKI, '2026-12-07T11:07:00.000Z', record('apiKey.revoke', key.id, '2026-12-07T11:07:00.000Z'))).toBe(false);
    const secret = readApiKey(`Bearer ${token}`)?.secret ?? '';
    expect(keyDecision(await keys.byId(key.id), secret, { scope: 'cases:read', ip: '127.0.0.1', now: new Date('2026-12-07T11:06:00.001Z') }))
      .toMatchObject({ status: 401, reason: 'revoked' });
    expect(auditRows(key.id).map((r) => r.action)).toEqual(['apiKey.create', 'apiKey.revoke']);
  });

  it('notes each use with its audit row, naming the key', async () => {
    const { key } = newKey(HELSINKI, '2026-12-07T12:00:00.000Z');
    await keys.create(key, record('apiKey.create', key.id, key.createdAt));
    await keys.recordUse(key.id, '2026-12-07T12:01:00.000Z', {
      at: '2026-12-07T12:01:00.000Z', actor: { kind: 'apiKey', keyId: key.id }, action: 'integration.cases.list', targetType: 'authority', targetId: HELSINKI,
    });
    expect((await keys.byId(key.id))?.lastUsedAt).toBe('2026-12-07T12:01:00.000Z');
    const use = auditRows(key.id).find((r) => r.action === 'integration.cases.list');
    expect(use?.actorKind).toBe('apiKey');
    expect(JSON.parse(use?.detailsJson ?? '{}')).toEqual({ apiKeyId: key.id });
  });
});
