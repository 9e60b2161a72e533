/** The webhook console against a stubbed API: the empty state, a paused endpoint with its deliveries and attempts, redelivery after a confirmation, a new endpoint's secret shown once. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StaffMember } from '../shell/session';
import { renderAsStaff } from '../shell/staff-test-kit';
import type { CreatedWebhookEndpoint, WebhookDelivery, WebhookEndpoint } from './api';
import { WebhooksPage } from './WebhooksPage';

const ADMIN: StaffMember = { id: 3, email: 'admin.helsinki@kevyt.example', name: 'Hanna Admin', role: 'admin', authority: { id: 'municipality-091', name: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' } }, mustChangePassword: false, twoFactor: { enabled: true, required: true, step: 'none', recoveryCodesLeft: 10 } };

const PAUSED: WebhookEndpoint = {
  id: 7, url: 'https://asianhallinta.hel.fi/kevyt', description: 'Asianhallinta', events: ['case.submitted', 'case.status_changed'], state: 'paused',
  pausedAt: '2026-12-07T09:00:00.000Z', consecutiveFailures: 5, previousSecretValidUntil: null, createdAt: '2026-12-01T08:00:00.000Z', updatedAt: '2026-12-07T09:00:00.000Z',
};

const FAILED: WebhookDelivery = {
  id: 31, msgId: 'msg_abc', eventType: 'case.submitted', caseId: 12, reference: 'KV-2026-000012', status: 'failed', nextAttemptAt: null,
  createdAt: '2026-12-07T08:00:00.000Z', deliveredAt: null,
  attempts: [{ at: '2026-12-07T08:00:00.000Z', statusCode: 500, error: null, durationMs: 41 }, { at: '2026-12-07T08:00:05.000Z', statusCode: null, error: 'connect ECONNREFUSED', durationMs: 3 }],
};

type Call = { method: string; url: string };

function stubApi(endpoints: WebhookEndpoint[], deliveries: WebhookDelivery[]) {
  const calls: Call[] = [];
  let current = [...endpoints];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    calls.push({ method, url });
    const json = (value: unknown, status = 200) => new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });
    if (url === '/api/csrf') return json({ token: 't' });
    if (method === 'GET' && url === '/api/admin/webhooks') return json(current);
    if (method === 'GET' && url.startsWith('/api/admin/webhooks/7/deliveries')) return json(deliveries);
    if (method === 'GET' && /\/deliveries/.test(url)) return json([]);
    if (method === 'POST' && url === '/api/admin/webhooks/7/redeliver-failed') return json({ count: 1 });
    if (method === 'POST' && url === '/api/admin/webhooks') {
      const body = JSON.parse(String(init?.body)) as { url: string; events: WebhookEndpoint['events'] };
      const made: CreatedWebhookEndpoint = { ...PAUSED, id: 8, url: body.url, description: '', events: body.events, state: 'active', pausedAt: null, consecutiveFailures: 0, secret: 'whsec_c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0MTI=' };
      const { secret: _secret, ...info } = made;
      current = [info, ...current];
      return json(made, 201);
    }
    return json({ error: { code: 'not_found', message: 'No such route', fields: [] } }, 404);
  });
  return calls;
}

function show() {
  renderAsStaff(<WebhooksPage />, { me: ADMIN, lang: 'en', path: '/en/webhooks' });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('WebhooksPage', () => {
  it('says what webhooks are for when there are none', async () => {
    stubApi([], []);
    show();
    expect(await screen.findByText('There are no endpoints yet.')).toBeTruthy();
  });

  it('shows a paused endpoint, its deliveries with every attempt, and sends the failed ones again after a confirmation', async () => {
    const calls = stubApi([PAUSED], [FAILED]);
    show();
    const card = (await screen.findByRole('article', { name: /asianhallinta\.hel\.fi/ }));
    expect(within(card).getByText(/Paused/)).toBeTruthy();
    expect(within(card).getByText(/5 deliveries in a row have failed/)).toBeTruthy();
    const row = (await within(card).findByRole('rowheader', { name: /A case was sent/ })).closest('tr') as HTMLElement;
    expect(within(row).getByText('KV-2026-000012')).toBeTruthy();
    expect(within(row).getByText(/HTTP 500, 41 ms/)).toBeTruthy();
    expect(within(row).getByText(/no answer \(connect ECONNREFUSED\), 3 ms/)).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: 'Send all failed again' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/1 failed delivery is queued again/)).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send all failed again' }));
    expect(await screen.findByText('1 delivery queued again.')).toBeTruthy();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.url)).toEqual(['/api/admin/webhooks/7/redeliver-failed']);
    expect(within(card).getByRole('button', { name: 'Resume deliveries to https://asianhallinta.hel.fi/kevyt' })).toBeTruthy();
  });

  it('adds an endpoint and shows its secret once', async () => {
    stubApi([], []);
    show();
    await screen.findByText('There are no endpoints yet.');
    fireEvent.change(screen.getByLabelText('Address (URL)'), { target: { value: 'ftp://asianhallinta.hel.fi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the endpoint' }));
    expect(await screen.findByText(/must begin with https:\/\//)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Address (URL)'), { target: { value: 'https://asianhallinta.hel.fi/kevyt' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add the endpoint' }));
    const secret = await screen.findByTestId('webhook-secret');
    expect(secret.textContent).toMatch(/^whsec_/);
    fireEvent.click(screen.getByRole('button', { name: 'I have saved the secret' }));
    await waitFor(() => expect(screen.queryByTestId('webhook-secret')).toBeNull());
  });
});
