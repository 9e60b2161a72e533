/** The outbox screen against a stubbed API: a failed alert retried, the next page appended, the no-SMTP statement. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StaffMember } from '../shell/session';
import { renderAsStaff } from '../shell/staff-test-kit';
import type { OutboxItem, OutboxPage as Page } from './api';
import { OutboxPage } from './OutboxPage';

const ADMIN: StaffMember = { id: 2, email: 'admin.espoo@kevyt.example', name: 'Erik Espoolainen', role: 'admin', authority: { id: 'municipality-049', name: { fi: 'Espoo', sv: 'Esbo', en: 'Espoo' } }, mustChangePassword: false, twoFactor: { enabled: true, required: true, step: 'none', recoveryCodesLeft: 10 } };

function alert(id: number, over: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id, kind: 'receipt', audience: 'customer', authorityId: 'municipality-049', submissionId: id, reference: `KV-2026-00000${id}`, toEmail: 'erik.holmstrom@example.fi',
    subject: 'Kvitto', body: 'Kiitos, hakemuksesi on vastaanotettu.', status: 'sent', attempts: 1, nextAttemptAt: null, lastError: null,
    createdAt: '2026-11-22T10:00:00.000Z', sentAt: '2026-11-22T10:00:05.000Z', readAt: null, ...over,
  };
}

function stubApi(pages: Record<string, Page>) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    const method = init?.method ?? 'GET';
    calls.push(`${method} ${url}`);
    const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    if (url === '/api/csrf') return json({ token: 't' });
    if (method === 'POST' && url === '/api/admin/outbox/9/retry') return json(alert(9, { status: 'pending' }));
    const page = pages[url];
    return page ? json(page) : new Response('{}', { status: 404 });
  });
  return calls;
}

function show(lang: 'fi' | 'sv' | 'en' = 'en') {
  renderAsStaff(<OutboxPage />, { me: ADMIN, lang, path: '/en/alerts' });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('OutboxPage', () => {
  it('retries a failed alert with SMTP configured and appends the next page', async () => {
    const calls = stubApi({
      '/api/admin/outbox?limit=50': { items: [alert(9, { status: 'failed', attempts: 8, lastError: '451 Mailbox busy', sentAt: null }), alert(8)], nextCursor: '8', smtp: true },
      '/api/admin/outbox?limit=50&cursor=8': { items: [alert(7)], nextCursor: null, smtp: true },
    });
    show();
    const failedRow = (await screen.findByText('451 Mailbox busy')).closest('tr') as HTMLElement;
    expect(within(failedRow).getByText('Failed')).toBeTruthy();
    expect(screen.queryByText(/not emailed/)).toBeNull();

    fireEvent.click(within(failedRow).getByRole('button', { name: 'Retry sending: Receipt KV-2026-000009' }));
    await screen.findByText('The alert is back in the sending queue.');
    expect(within(failedRow).getByText('Waiting to be sent')).toBeTruthy();
    expect(calls).toContain('POST /api/admin/outbox/9/retry');

    fireEvent.click(screen.getByRole('button', { name: 'Show more' }));
    await screen.findByText('KV-2026-000007');
    expect(screen.getByText('Showing 3 alerts.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('says plainly in Finnish that alerts are kept and not emailed, and shows the empty state', async () => {
    stubApi({ '/api/admin/outbox?limit=50': { items: [], nextCursor: null, smtp: false } });
    show('fi');
    await screen.findByText(/Herätteitä ei lähetetä sähköpostilla, vaan ne säilytetään tässä/);
    expect(screen.getByText(/Herätteitä ei ole vielä/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
