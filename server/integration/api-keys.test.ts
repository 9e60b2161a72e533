import { describe, expect, it } from 'vitest';
import { hashSecret, ipAllowed, isAllowListEntry, issueApiKey, keyDecision, readApiKey, type KeptApiKey } from './api-keys';

const NOW = new Date('2026-12-07T12:00:00.000Z');

function keptFrom(token: string, overrides: Partial<KeptApiKey> = {}): { key: KeptApiKey; secret: string } {
  const read = readApiKey(`Bearer ${token}`);
  if (!read) throw new Error('unreadable token');
  return {
    secret: read.secret,
    key: {
      id: read.id, authorityId: 'municipality-091', secretHash: hashSecret(read.secret), scopes: ['cases:read'],
      ipAllowList: null, expiresAt: null, revokedAt: null, ...overrides,
    },
  };
}

describe('issuing and reading keys', () => {
  it('issues a key whose token reads back to its id and a secret whose hash is kept', () => {
    const issued = issueApiKey();
    const read = readApiKey(`Bearer ${issued.token}`);
    expect(read?.id).toBe(issued.id);
    expect(hashSecret(read?.secret ?? '')).toBe(issued.secretHash);
    expect(issued.token).not.toContain(issued.secretHash);
  });
  it('gives every key its own id and secret', () => {
    const a = issueApiKey();
    const b = issueApiKey();
    expect(a.id).not.toBe(b.id);
    expect(a.secretHash).not.toBe(b.secretHash);
  });
  it('reads nothing from a missing, other-scheme or malformed header', () => {
    for (const header of [undefined, '', 'Basic abc', 'Bearer kvt_short_x', 'Bearer token', `Bearer ${issueApiKey().token}x!`]) expect(readApiKey(header)).toBeNull();
  });
});

describe('allow-lists', () => {
  it('takes addresses and IPv4 ranges, an IPv4-mapped address as its IPv4', () => {
    expect(ipAllowed('::ffff:192.0.2.15', ['192.0.2.0/28'])).toBe(true);
    expect(ipAllowed('192.0.2.16', ['192.0.2.0/28'])).toBe(false);
    expect(ipAllowed('2001:db8::1', ['2001:DB8::1'])).toBe(true);
    expect(ipAllowed('10.0.0.1', ['0.0.0.0/0'])).toBe(true);
    expect(ipAllowed('10.0.0.1', [])).toBe(false);
    expect(ipAllowed('10.0.0.1', null)).toBe(true);
  });
  it('knows which entries it understands', () => {
    expect(['192.0.2.1', '192.0.2.0/24', '2001:db8::1'].map(isAllowListEntry)).toEqual([true, true, true]);
    expect(['192.0.2.0/33', 'example.org', '2001:db8::/32', '1.2.3.4/8/9'].map(isAllowListEntry)).toEqual([false, false, false, false]);
  });
});

describe('keyDecision', () => {
  const need = { scope: 'cases:read' as const, ip: '127.0.0.1', now: NOW };
  it('lets a good key do what its scopes allow', () => {
    const { key, secret } = keptFrom(issueApiKey().token);
    expect(keyDecision(key, secret, need)).toEqual({ ok: true });
  });
  it('is 401 for no key, a wrong secret, a revoked or an expired key', () => {
    const { key, secret } = keptFrom(issueApiKey().token);
    expect(keyDecision(undefined, secret, need)).toMatchObject({ status: 401, reason: 'unknown' });
    const wrong = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    expect(keyDecision(key, wrong, need)).toMatchObject({ status: 401, reason: 'unknown' });
    expect(keyDecision({ ...key, revokedAt: '2026-12-07T11:59:59.000Z' }, secret, need)).toMatchObject({ status: 401, reason: 'revoked' });
    expect(keyDecision({ ...key, expiresAt: NOW.toISOString() }, secret, need)).toMatchObject({ status: 401, reason: 'expired' });
    expect(keyDecision({ ...key, expiresAt: '2026-12-08T00:00:00.000Z' }, secret, need)).toEqual({ ok: true });
  });
  it('is 403 for a scope the key lacks or an address not on its list', () => {
    const { key, secret } = keptFrom(issueApiKey().token);
    expect(keyDecision(key, secret, { ...need, scope: 'cases:write' })).toMatchObject({ status: 403, reason: 'scope' });
    expect(keyDecision({ ...key, ipAllowList: ['192.0.2.0/24'] }, secret, need)).toMatchObject({ status: 403, reason: 'address' });
    expect(keyDecision({ ...key, ipAllowList: ['127.0.0.1'] }, secret, need)).toEqual({ ok: true });
  });
});
