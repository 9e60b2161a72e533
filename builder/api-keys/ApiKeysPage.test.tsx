/** The API keys screen against a stubbed API: the list, the empty state, a key made and shown once, revoke, a refused address. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StaffMember } from '../shell/session';
import { renderAsStaff } from '../shell/staff-test-kit';
import type { ApiKeyInfo, CreatedApiKey } from './api';
import { ApiKeysPage } from './ApiKeysPage';

const ADMIN: StaffMember = { id: 3, email: 'admin.helsinki@kevyt.example', name: 'Hanna Admin', role: 'admin', authority: { id: 'municipality-091', name: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' } }, mustChangePassword: false, twoFactor: { enabled: true, required: true, step: 'none', recoveryCodesLeft: 10 } };

const KEY: ApiKeyInfo = {
  id: 'Abc123def456', name: 'Asianhallinta', scopes: ['cases:read', 'attachments:read'], ipAllowList: ['192.0.2.0/24'],
  expiresAt: null, createdAt: '2026-11-30T08:00:00.000Z', revokedAt: null, lastUsedAt: '2026-12-01T09:30:00.000Z',
};

type Call = { method: string; url: string; body: unknown };

function stubApi(keys: ApiKeyInfo[], answers: { create?: () => Response } = {}) {
  const calls: Call[] = [];
  let current = [...keys];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    calls.push({ method, url, body });
    const json = (value: unknown, status = 200) => new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });
    if (url === '/api/csrf') return json({ token: 't' });
    if (method === 'GET' && url === '/api/admin/api-keys') return json(current);
    if (method === 'POST' && url === '/api/admin/api-keys') {
      if (answers.create) return answers.create();
      const made: CreatedApiKey = { ...KEY, id: 'New000000001', name: (body as { name: string }).name, scopes: ['cases:read'], ipAllowList: null, lastUsedAt: null, token: 'kvt_New000000001_secretsecretsecretsecretsecretsecretsecret123' };
      const { token: _token, ...info } = made;
      current = [info, ...current];
      return json(made, 201);
    }
    const revoke = /^\/api\/admin\/api-keys\/(\w+)$/.exec(url);
    if (method === 'DELETE' && revoke) {
      current = current.map((k) => (k.id === revoke[1] ? { ...k, revokedAt: '2026-12-07T10:00:00.000Z' } : k));
      return new Response(null, { status: 204 });
    }
    return json({ error: { code: 'not_found', message: 'No such route' } }, 404);
  });
  return calls;
}

function show(lang: 'fi' | 'sv' | 'en' = 'en') {
  renderAsStaff(<ApiKeysPage />, { me: ADMIN, lang, path: `/${lang}/api-keys` });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ApiKeysPage', () => {
  it('lists the keys with their scopes in words, allow-list, dates and state', async () => {
    stubApi([KEY, { ...KEY, id: 'Old000000000', name: 'Vanha', scopes: ['webhooks:manage'], ipAllowList: null, lastUsedAt: null, revokedAt: '2026-12-02T10:00:00.000Z' }]);
    show();
    const row = (await screen.findByRole('rowheader', { name: /Asianhallinta/ })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Read cases')).toBeTruthy();
    expect(within(row).getByText('Download attachments')).toBeTruthy();
    expect(within(row).getByText('192.0.2.0/24')).toBeTruthy();
    expect(within(row).getByText('Until revoked')).toBeTruthy();
    expect(within(row).getByText('Active')).toBeTruthy();
    expect(within(row).getByRole('button', { name: 'Revoke the key Asianhallinta' })).toBeTruthy();
    const old = screen.getByRole('rowheader', { name: /Vanha/ }).closest('tr') as HTMLElement;
    expect(within(old).getByText('From anywhere')).toBeTruthy();
    expect(within(old).getByText('Not used yet')).toBeTruthy();
    expect(within(old).getByText(/^Revoked /)).toBeTruthy();
    expect(within(old).queryByRole('button')).toBeNull();
  });

  it('says in Finnish what keys are for when there are none', async () => {
    stubApi([]);
    show('fi');
    await screen.findByText('Avaimia ei ole vielä.');
    expect(screen.getByText(/asianhallintajärjestelmä \(esim\. diaari\) hakee uudet asiat/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Luo avain' })).toBeTruthy();
  });

  it('makes a key, shows it once with focus on it, and forgets it when dismissed', async () => {
    const calls = stubApi([]);
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    show();
    await screen.findByText('There are no keys yet.');

    fireEvent.click(screen.getByRole('button', { name: 'Create the key' }));
    expect(await screen.findByText('Give the key a name.')).toBeTruthy();
    expect(screen.getByText('Choose at least one scope.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Diaari' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Read cases' }));
    expect(screen.getByRole('checkbox', { name: 'Read cases' }).getAttribute('aria-describedby')).toBe('ak-scope-cases:read-hint');
    fireEvent.click(screen.getByRole('button', { name: 'Create the key' }));
    const token = await screen.findByTestId('api-key-token');
    expect(token.textContent).toBe('kvt_New000000001_secretsecretsecretsecretsecretsecretsecret123');
    expect(screen.getByText(/It will not be shown again/)).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'Diaari', scopes: ['cases:read'] });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('created-key')));
    expect(await screen.findByRole('rowheader', { name: /Diaari/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Copy the key' }));
    await screen.findByText('The key has been copied to the clipboard.');
    expect(writeText).toHaveBeenCalledWith('kvt_New000000001_secretsecretsecretsecretsecretsecretsecret123');

    fireEvent.click(screen.getByRole('button', { name: 'I have saved the key' }));
    expect(screen.queryByTestId('api-key-token')).toBeNull();
    expect(document.body.textContent).not.toContain('secretsecret');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Keys' }));
  });

  it('revokes a key only after confirming, then returns focus to the list', async () => {
    const calls = stubApi([KEY]);
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Revoke the key Asianhallinta' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke the key Asianhallinta?' });
    expect(within(dialog).getByText(/stops working at once/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Revoke the key Asianhallinta' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Revoke' }));
    await screen.findByText('The key Asianhallinta has been revoked.');
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.url)).toEqual(['/api/admin/api-keys/Abc123def456']);
    const row = screen.getByRole('rowheader', { name: /Asianhallinta/ }).closest('tr') as HTMLElement;
    await waitFor(() => expect(within(row).getByText(/^Revoked /)).toBeTruthy());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Keys' })));
  });

  it('shows the server’s refusal of an address by the allow-list field', async () => {
    stubApi([KEY], {
      create: () => new Response(JSON.stringify({ error: { code: 'unprocessable', message: 'The key cannot be made so', fields: [{ path: 'ipAllowList.1', message: 'Must be an IPv4 or IPv6 address' }] } }), { status: 422, headers: { 'Content-Type': 'application/json' } }),
    });
    show();
    await screen.findByRole('rowheader', { name: /Asianhallinta/ });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Diaari' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Write status and messages' }));
    const allow = screen.getByLabelText('IP allow-list (optional)');
    fireEvent.change(allow, { target: { value: '192.0.2.1\nexample.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create the key' }));
    expect(await screen.findByText('“example.org” is not an IP address or an IPv4 range.')).toBeTruthy();
    expect(allow.getAttribute('aria-invalid')).toBe('true');
    expect(allow.getAttribute('aria-describedby')).toContain('ak-allowList-err');
    expect(screen.getByText('The key was not created. Correct the marked fields.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(allow));
    expect(screen.queryByTestId('api-key-token')).toBeNull();
  });
});
