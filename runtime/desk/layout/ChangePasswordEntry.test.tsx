/**
 * A handler changes her password because she wants to: "Vaihda salasana" in the desk header opens
 * the change-password screen, by keyboard too; after the change she is back on the page she left,
 * told so, with the focus on the link she started from. Cancelling returns without a word.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentLocation, fakeApi, helsinkiHandler, renderDesk } from '../desk-test-kit';

afterEach(() => vi.unstubAllGlobals());

function deskWithPasswordRoute() {
  return fakeApi({
    'GET /api/auth/me': () => ({ body: helsinkiHandler }),
    'GET /api/desk/alerts': () => ({ body: { items: [], unread: 0 } }),
    'POST /api/auth/password': () => ({ status: 204 }),
  });
}

describe('changing one’s password at the desk', { timeout: 30_000 }, () => {
  it('opens from the header with Enter, changes it and returns to the alerts page with a status', async () => {
    const { calls } = deskWithPasswordRoute();
    const user = userEvent.setup();
    renderDesk('/fi/virkailija/heratteet');
    const header = await screen.findByRole('banner');
    const link = within(header).getByRole('link', { name: 'Vaihda salasana' });
    link.focus();
    await user.keyboard('{Enter}');

    await screen.findByRole('heading', { level: 1, name: 'Vaihda salasana' });
    expect(currentLocation).toBe('/fi/virkailija/salasana');
    expect(within(header).getByRole('link', { name: 'Vaihda salasana' }).getAttribute('aria-current')).toBe('page');
    await user.type(screen.getByLabelText('Nykyinen salasana'), 'kevyt-demo-2026');
    await user.type(screen.getByLabelText('Uusi salasana', { exact: true }), 'Helenan-oma-salasana-26');
    await user.type(screen.getByLabelText('Uusi salasana uudelleen'), 'Helenan-oma-salasana-26');
    await user.click(screen.getByRole('button', { name: 'Vaihda salasana' }));

    await waitFor(() => expect(currentLocation).toBe('/fi/virkailija/heratteet'));
    expect((await screen.findByText('Salasanasi on vaihdettu.')).closest('[role="status"]')).not.toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(within(header).getByRole('link', { name: 'Vaihda salasana' })));
    expect(calls.filter((c) => c.path === '/api/auth/password').map((c) => c.body)).toEqual([
      { currentPassword: 'kevyt-demo-2026', newPassword: 'Helenan-oma-salasana-26' },
    ]);
  });

  it('returns to the page it was opened from, with its query, when cancelled, with no status', async () => {
    const { calls } = deskWithPasswordRoute();
    const user = userEvent.setup();
    renderDesk('/sv/virkailija/heratteet?sida=2');
    await user.click(await screen.findByRole('link', { name: 'Byt lösenord' }));
    await user.click(await screen.findByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(currentLocation).toBe('/sv/virkailija/heratteet?sida=2'));
    await screen.findByText('Inga aviseringar.');
    expect(screen.queryByText('Ditt lösenord har bytts.')).toBeNull();
    expect(calls.some((c) => c.path === '/api/auth/password')).toBe(false);
  });

  it('opened straight from its URL, returns to the inbox', async () => {
    deskWithPasswordRoute();
    const user = userEvent.setup();
    renderDesk('/en/virkailija/salasana');
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(currentLocation).toBe('/en/virkailija'));
  });
});
