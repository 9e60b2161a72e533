import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InboxItem } from '../../../api-contract';
import { DESK_WAIT, authoritiesFixture, currentLocation, fakeApi, helsinkiHandler, municipalitiesFixture, renderDesk } from '../desk-test-kit';

afterEach(() => vi.unstubAllGlobals());

const item = (id: number, over: Partial<InboxItem> = {}): InboxItem => ({
  id, reference: `KV-2026-${String(id).padStart(6, '0')}`, service: { id: 'public-event-police', name: 'Yleisötilaisuuden ilmoitus' },
  customerName: 'Aino Virtanen', municipality: '091', status: { id: 'RECEIVED', label: 'Vastaanotettu' },
  submittedAt: '2026-05-04T09:30:00.000Z', statusSince: '2026-05-04T09:30:00.000Z', assignee: null, unread: false, dueDate: null, dueOpen: false, overdue: false, ...over,
});

function inboxApi(pages: Record<string, { items: InboxItem[]; nextCursor: string | null }>) {
  return fakeApi({
    'GET /api/auth/me': () => ({ body: helsinkiHandler }),
    'GET /api/desk/alerts': () => ({ body: { items: [], unread: 0 } }),
    'GET /api/authorities': () => ({ body: authoritiesFixture }),
    'GET /api/municipalities': () => ({ body: municipalitiesFixture }),
    'GET /api/desk/services': (call) => ({
      body: call.search.get('lang') === 'sv'
        ? [{ id: 'event-noise', name: 'Anmälan om buller', pack: { slug: 'event-organising', version: 2 }, active: true }]
        : [
            { id: 'event-noise', name: 'Meluilmoitus', pack: { slug: 'event-organising', version: 2 }, active: true },
            { id: 'public-area-use', name: 'Yleisen alueen käyttö', pack: { slug: 'event-organising', version: 1 }, active: false },
          ],
    }),
    'GET /api/inbox': (call) => {
      const page = pages[`${call.search.get('sort') ?? ''}${call.search.get('cursor') ?? 'first'}`];
      return { body: { ...page, counts: { RECEIVED: 2, INFO_REQUESTED: 1 } } };
    },
  });
}

describe('inbox', { timeout: 30_000 }, () => {
  it('lists the cases with unread ones marked by text, not colour only, and counts per status', async () => {
    inboxApi({ first: { items: [item(3, { unread: true, customerName: 'Kallio-Seura ry' }), item(2, { assignee: { id: 7, name: 'Helena Käsittelijä' } })], nextCursor: null } });
    renderDesk('/fi/virkailija');
    await screen.findByRole('link', { name: 'KV-2026-000003' }, DESK_WAIT);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByRole('link', { name: 'KV-2026-000003' }).getAttribute('href')).toBe('/fi/virkailija/asiat/3');
    expect(within(rows[1]).getByText('Uusi')).toBeTruthy();
    expect(within(rows[1]).getByText('Kallio-Seura ry')).toBeTruthy();
    expect(await within(rows[1]).findByText('Helsinki')).toBeTruthy();
    expect(within(rows[2]).queryByText('Uusi')).toBeNull();
    expect(within(rows[2]).getByText('Helena Käsittelijä')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Kaikki tilat 3 kpl/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Lisätietoja pyydetty 1 kpl/ }).getAttribute('aria-pressed')).toBe('false');
  });

  it('keeps the filters in the URL and sends the same filters to the API and the CSV export', async () => {
    const { calls } = inboxApi({ first: { items: [item(3)], nextCursor: null } });
    const user = userEvent.setup();
    renderDesk('/fi/virkailija');
    await screen.findByRole('link', { name: 'KV-2026-000003' }, DESK_WAIT);
    await user.click(screen.getByRole('button', { name: /Lisätietoja pyydetty/ }));
    await user.type(screen.getByLabelText('Haku'), 'kallio');
    await user.selectOptions(screen.getByLabelText('Kunta'), await screen.findByRole('option', { name: 'Helsinki' }));
    await user.click(screen.getByLabelText('Vain minulle osoitetut'));
    await user.click(screen.getByRole('button', { name: 'Hae' }));

    await waitFor(() => expect(currentLocation).toBe('/fi/virkailija?status=INFO_REQUESTED&municipality=091&q=kallio&assigned=me'));
    const last = calls.filter((c) => c.path === '/api/inbox').at(-1)!;
    expect(Object.fromEntries(last.search)).toEqual({ status: 'INFO_REQUESTED', municipality: '091', q: 'kallio', assigned: 'me', lang: 'fi' });
    expect(screen.getByRole('button', { name: /Lisätietoja pyydetty/ }).getAttribute('aria-pressed')).toBe('true');
    const csv = screen.getByRole('link', { name: /Vie CSV-tiedostoksi/ }).getAttribute('href');
    expect(csv).toBe('/api/inbox/export.csv?status=INFO_REQUESTED&municipality=091&q=kallio&assigned=me&lang=fi');
  });

  it('loads the next page with the cursor and moves focus to the first new row', async () => {
    const { calls } = inboxApi({
      first: { items: [item(5), item(4)], nextCursor: 'c4' },
      c4: { items: [item(3), item(2)], nextCursor: null },
    });
    const user = userEvent.setup();
    renderDesk('/en/virkailija');
    await user.click(await screen.findByRole('button', { name: 'Load more' }, DESK_WAIT));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(5));
    expect(calls.filter((c) => c.path === '/api/inbox').at(-1)!.search.get('cursor')).toBe('c4');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('KV-2026-000003'));
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('sorts by a column on the server, keeps the sort in the URL and says so to screen readers', async () => {
    const { calls } = inboxApi({
      first: { items: [item(2, { customerName: 'Östman Eeva' }), item(1, { customerName: 'Aalto Aino' })], nextCursor: null },
      customerfirst: { items: [item(1, { customerName: 'Aalto Aino' }), item(2, { customerName: 'Östman Eeva' })], nextCursor: null },
      '-customerfirst': { items: [item(2, { customerName: 'Östman Eeva' }), item(1, { customerName: 'Aalto Aino' })], nextCursor: null },
    });
    const user = userEvent.setup();
    renderDesk('/sv/virkailija');
    await screen.findByRole('link', { name: 'KV-2026-000002' }, DESK_WAIT);
    expect(screen.getByRole('columnheader', { name: /Inkommen/ }).getAttribute('aria-sort')).toBe('descending');
    await user.click(screen.getByRole('button', { name: /^Kund/ }));
    await waitFor(() => expect(calls.filter((c) => c.path === '/api/inbox').at(-1)!.search.get('sort')).toBe('customer'));
    const header = screen.getByRole('columnheader', { name: /Kund/ });
    await waitFor(() => expect(header.getAttribute('aria-sort')).toBe('ascending'));
    expect(screen.getByRole('columnheader', { name: /Inkommen/ }).getAttribute('aria-sort')).toBeNull();
    const names = () => screen.getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[1].textContent);
    await waitFor(() => expect(names()).toEqual(['Aalto Aino', 'Östman Eeva']));
    expect(currentLocation).toBe('/sv/virkailija?sort=customer-asc');
    // Keyboard: the header is a button; Enter sorts the other way.
    screen.getByRole('button', { name: /^Kund/ }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(currentLocation).toBe('/sv/virkailija?sort=customer-desc'));
    await waitFor(() => expect(names()).toEqual(['Östman Eeva', 'Aalto Aino']));
    expect(calls.filter((c) => c.path === '/api/inbox').at(-1)!.search.get('sort')).toBe('-customer');
  });

  it('offers the services the authority has deployed in the service filter, named in the handler’s language', async () => {
    inboxApi({ first: { items: [item(3)], nextCursor: null } });
    renderDesk('/fi/virkailija');
    await screen.findByRole('link', { name: 'KV-2026-000003' }, DESK_WAIT);
    const select = screen.getByLabelText('Asiointi');
    await within(select).findByRole('option', { name: 'Meluilmoitus' }, DESK_WAIT);
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Kaikki', 'Meluilmoitus', 'Yleisen alueen käyttö (poistettu käytöstä)']);
    expect((within(select).getByRole('option', { name: 'Meluilmoitus' }) as HTMLOptionElement).value).toBe('event-noise');
  });
});

describe('inbox keyboard', { timeout: 30_000 }, () => {
  it('moves between rows with j and k, but not while typing in the search field', async () => {
    inboxApi({ first: { items: [item(3), item(2), item(1)], nextCursor: null } });
    const user = userEvent.setup();
    renderDesk('/fi/virkailija');
    await screen.findByRole('link', { name: 'KV-2026-000003' }, DESK_WAIT);
    await user.keyboard('j');
    expect(document.activeElement?.textContent).toBe('KV-2026-000003');
    await user.keyboard('jj');
    expect(document.activeElement?.textContent).toBe('KV-2026-000001');
    await user.keyboard('k');
    expect(document.activeElement?.textContent).toBe('KV-2026-000002');
    await user.click(screen.getByLabelText('Haku'));
    await user.keyboard('jk');
    expect((screen.getByLabelText('Haku') as HTMLInputElement).value).toBe('jk');
  });
});

describe('inbox and new alerts', { timeout: 30_000 }, () => {
  it('offers to refresh the list when a new alert arrives, without moving the rows by itself', async () => {
    let unread = 0;
    let items = [item(1)];
    const { calls } = fakeApi({
      'GET /api/auth/me': () => ({ body: helsinkiHandler }),
      'GET /api/desk/alerts': () => ({ body: { items: [], unread } }),
      'GET /api/authorities': () => ({ body: authoritiesFixture }),
      'GET /api/municipalities': () => ({ body: municipalitiesFixture }),
      'GET /api/inbox': () => ({ body: { items, nextCursor: null, counts: { SUBMITTED: items.length } } }),
    });
    const user = userEvent.setup();
    renderDesk('/fi/virkailija');
    await screen.findByRole('link', { name: 'KV-2026-000001' }, DESK_WAIT);
    await waitFor(() => expect(calls.filter((c) => c.path === '/api/desk/alerts').length).toBeGreaterThan(0));

    unread = 1;
    items = [item(2, { unread: true }), item(1)];
    window.dispatchEvent(new Event('focus'));
    const refresh = await screen.findByRole('button', { name: 'Päivitä lista' }, DESK_WAIT);
    expect(screen.queryByRole('link', { name: 'KV-2026-000002' })).toBeNull();
    await user.click(refresh);
    expect(await screen.findByRole('link', { name: 'KV-2026-000002' }, DESK_WAIT)).toBeTruthy();
  });
});
