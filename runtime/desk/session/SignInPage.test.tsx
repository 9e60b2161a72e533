import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, helsinkiHandler, renderDesk } from '../desk-test-kit';

afterEach(() => vi.unstubAllGlobals());

function deskRoutes(state: { signedIn: boolean }) {
  return {
    'GET /api/auth/me': () => (state.signedIn ? { body: helsinkiHandler } : { status: 401, body: { error: { code: 'unauthenticated', message: 'Sign-in required', fields: [] } } }),
    'POST /api/auth/login': (call: { body: unknown }) => {
      const { password } = call.body as { password: string };
      if (password !== 'oikea-salasana') return { status: 401, body: { error: { code: 'unauthenticated', message: 'Wrong email or password', fields: [] } } };
      state.signedIn = true;
      return { body: helsinkiHandler };
    },
    'POST /api/auth/logout': () => {
      state.signedIn = false;
      return { status: 204 };
    },
    'GET /api/inbox': () => ({ body: { items: [], nextCursor: null, counts: {} } }),
    'GET /api/desk/alerts': () => ({ body: { items: [], unread: 0 } }),
    'GET /api/authorities': () => ({ body: [] }),
    'GET /api/municipalities': () => ({ body: [] }),
  };
}

describe('staff sign-in', { timeout: 30_000 }, () => {
  it('announces a wrong password and then lets the handler in, showing their authority and name', async () => {
    const state = { signedIn: false };
    fakeApi(deskRoutes(state));
    const user = userEvent.setup();
    renderDesk('/fi/virkailija');

    await user.type(await screen.findByLabelText('Sähköposti'), 'helena.kasittelija@hel.fi');
    await user.type(screen.getByLabelText('Salasana'), 'väärä');
    await user.click(screen.getByRole('button', { name: 'Kirjaudu' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Sähköposti tai salasana on väärin.');

    await user.clear(screen.getByLabelText('Salasana'));
    await user.type(screen.getByLabelText('Salasana'), 'oikea-salasana');
    await user.click(screen.getByRole('button', { name: 'Kirjaudu' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Saapuneet' })).toBeTruthy();
    expect(screen.getByText('Helsingin poliisilaitos')).toBeTruthy();
    expect(screen.getByText('Kirjautunut: Helena Käsittelijä')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Kirjaudu ulos' }));
    expect(await screen.findByText('Olet kirjautunut ulos.')).toBeTruthy();
  });

  it('asks for both fields in Swedish before calling the server', async () => {
    const { calls } = fakeApi(deskRoutes({ signedIn: false }));
    const user = userEvent.setup();
    renderDesk('/sv/virkailija');
    await user.click(await screen.findByRole('button', { name: 'Logga in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Ange e-post och lösenord.');
    await waitFor(() => expect(calls.some((c) => c.path === '/api/auth/login')).toBe(false));
  });

  it('keeps a designer out of the desk', async () => {
    const state = { signedIn: false };
    const routes = deskRoutes(state);
    fakeApi({ ...routes, 'GET /api/auth/me': () => (state.signedIn ? { body: { ...helsinkiHandler, role: 'designer' } } : routes['GET /api/auth/me']()) });
    const user = userEvent.setup();
    renderDesk('/en/virkailija');
    await user.type(await screen.findByLabelText('Email'), 'designer@hel.fi');
    await user.type(screen.getByLabelText('Password'), 'oikea-salasana');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('This account has no access to the handler desk.');
  });
});
