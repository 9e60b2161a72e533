import { describe, expect, it } from 'vitest';
import { allowListEntries, draftProblems, EMPTY_DRAFT, expiryTime, newApiKeyBody, serverProblems } from './api-key-form';

const NOW = new Date('2026-12-07T12:00:00Z');

describe('the new-key form', () => {
  it('asks for a name and a scope, and refuses an expiry day already over', () => {
    expect(draftProblems(EMPTY_DRAFT, NOW).map((p) => p.field)).toEqual(['name', 'scopes']);
    expect(draftProblems({ ...EMPTY_DRAFT, name: 'X', scopes: ['cases:read'], expiryDay: '2026-12-01' }, NOW)).toEqual([{ field: 'expiryDay', code: 'past' }]);
    expect(draftProblems({ ...EMPTY_DRAFT, name: 'X', scopes: ['cases:read'], expiryDay: '2027-01-31' }, NOW)).toEqual([]);
  });

  it('sends the scopes in their usual order, the allow-list split by lines and the end of the expiry day', () => {
    const body = newApiKeyBody({ name: ' Asianhallinta ', scopes: ['cases:write', 'cases:read'], allowList: '192.0.2.0/24\n 2001:db8::1, 10.0.0.1\n', expiryDay: '2027-01-31' });
    expect(body).toEqual({ name: 'Asianhallinta', scopes: ['cases:read', 'cases:write'], ipAllowList: ['192.0.2.0/24', '2001:db8::1', '10.0.0.1'], expiresAt: expiryTime('2027-01-31') });
    expect(new Date(body.expiresAt ?? '').getTime()).toBeGreaterThan(new Date('2027-01-31T00:00:00Z').getTime() - 24 * 3600_000);
    expect(newApiKeyBody({ name: 'X', scopes: ['cases:read'], allowList: ' ', expiryDay: '' })).toEqual({ name: 'X', scopes: ['cases:read'] });
    expect(allowListEntries('')).toEqual([]);
  });

  it('places the server’s problems by the field, naming the refused address', () => {
    const draft = { ...EMPTY_DRAFT, allowList: '127.0.0.1\nexample.org' };
    expect(serverProblems([{ path: 'ipAllowList.1', message: 'Must be an IPv4 or IPv6 address' }, { path: 'expiresAt', message: 'Must be in the future' }], draft)).toEqual([
      { field: 'allowList', code: 'invalid', entry: 'example.org' },
      { field: 'expiryDay', code: 'server', message: 'Must be in the future' },
    ]);
  });
});
