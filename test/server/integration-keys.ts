/**
 * API keys and the case-management system's requests for the integration API tests: a key made as
 * the admin's screen makes one (kept hashed, its token known only to the test), and a request with
 * nothing but that key, its JSON answer held to the API contract.
 */
import { expect } from 'vitest';
import type { ApiKeyScope } from '../../permissions/permissions';
import { issueApiKey } from '../../server/integration/api-keys';
import { contractMismatch } from '../support/contract-answers';
import type { TestServer } from '../support/server';

export const HELSINKI = 'municipality-091';

export interface KeyOptions {
  authorityId?: string;
  scopes?: ApiKeyScope[];
  ipAllowList?: string[] | null;
  expiresAt?: string | null;
}

export interface TestKey {
  id: string;
  token: string;
}

export async function makeKey(server: TestServer, opts: KeyOptions = {}): Promise<TestKey> {
  const issued = issueApiKey();
  const at = server.ctx.now().toISOString();
  await server.ctx.repos.apiKeys.create(
    {
      id: issued.id, authorityId: opts.authorityId ?? HELSINKI, name: 'Asianhallinta', secretHash: issued.secretHash,
      scopes: opts.scopes ?? ['cases:read'], ipAllowList: opts.ipAllowList ?? null, expiresAt: opts.expiresAt ?? null, createdBy: null, createdAt: at,
    },
    { at, actor: { kind: 'system' }, action: 'apiKey.create', targetType: 'api_key', targetId: issued.id },
  );
  return { id: issued.id, token: issued.token };
}

/** A request of the case-management system: no cookies, no CSRF token, only its key; a JSON answer checked against the contract. */
export async function callWithKey<T>(server: TestServer, path: string, token?: string, json?: unknown): Promise<{ status: number; body: T }> {
  const method = json === undefined ? 'GET' : 'POST';
  const res = await fetch(server.url + path, {
    method,
    headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(json === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  });
  const body: unknown = await res.json();
  // Every answer as the contract says, closed objects and all.
  const mismatch = contractMismatch(method, path, res.status, res.headers.get('content-type') ?? '', body);
  expect(mismatch, 'the answer keeps the API contract (api-contract/)').toBeNull();
  return { status: res.status, body: body as T };
}
