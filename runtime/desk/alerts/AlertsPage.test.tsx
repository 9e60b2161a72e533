import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeskAlert } from '../../../api-contract';
import { fakeApi, helsinkiHandler, renderDesk } from '../desk-test-kit';

afterEach(() => vi.unstubAllGlobals());

describe('desk alerts', { timeout: 30_000 }, () => {
  it('counts unread alerts in the header until the handler marks them read', async () => {
    let alerts: DeskAlert[] = [
      { id: 1, kind: 'new_submission', submissionId: 42, reference: 'KV-2026-000042', subject: 'Uusi hakemus KV-2026-000042', body: '', createdAt: '2026-05-04T09:30:00.000Z', readAt: null },
      { id: 2, kind: 'supplement', submissionId: 41, reference: 'KV-2026-000041', subject: 'Täydennys hakemukseen KV-2026-000041', body: '', createdAt: '2026-05-05T09:30:00.000Z', readAt: null },
      { id: 3, kind: 'deadline_near', submissionId: 40, reference: 'KV-2026-000040', subject: 'Määräaika lähestyy', body: '', createdAt: '2026-05-03T09:30:00.000Z', readAt: '2026-05-03T10:00:00.000Z' },
    ];
    const { calls } = fakeApi({
      'GET /api/auth/me': () => ({ body: helsinkiHandler }),
      'GET /api/desk/alerts': () => ({ body: { items: alerts, unread: alerts.filter((a) => !a.readAt).length } }),
      'POST /api/desk/alerts/:id/read': (call) => {
        const id = Number(call.path.split('/')[4]);
        alerts = alerts.map((a) => (a.id === id ? { ...a, readAt: '2026-05-06T08:00:00.000Z' } : a));
        return { body: {} };
      },
    });
    const user = userEvent.setup();
    renderDesk('/fi/virkailija/heratteet');
    const nav = await screen.findByRole('navigation', { name: 'Työpöydän valikko' });
    await waitFor(() => expect(within(nav).getByRole('link', { name: /Herätteet/ }).textContent).toContain('2 lukematonta'));
    expect(screen.getByText('Asiakkaan täydennys')).toBeTruthy();
    expect(screen.getByText('Määräaika lähestyy', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Avaa KV-2026-000041' }).getAttribute('href')).toBe('/fi/virkailija/asiat/41');

    await user.click(screen.getByRole('button', { name: 'Merkitse luetuksi: Täydennys hakemukseen KV-2026-000041' }));
    await waitFor(() => expect(within(nav).getByRole('link', { name: /Herätteet/ }).textContent).toContain('1 lukematon'));
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/desk/alerts/2/read')).toBe(true);
  });
});
