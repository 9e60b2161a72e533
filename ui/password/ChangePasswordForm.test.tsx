/** The change-password form against a stubbed server: a wrong one-time password is named on its field, success calls back. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangContext } from '../i18n/texts';
import { ChangePasswordForm } from './ChangePasswordForm';

const LOOK = { field: 'f', primaryButton: 'p', button: 'b', error: 'e' };

function stubPasswordAnswer(status: number, body: unknown) {
  const posted: unknown[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if (url === '/api/csrf') return new Response(JSON.stringify({ token: 't' }), { status: 200 });
    posted.push(JSON.parse(String(init?.body)));
    return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  return posted;
}

function fill(current: string, next: string, repeat = next) {
  fireEvent.change(screen.getByLabelText('One-time password'), { target: { value: current } });
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: next } });
  fireEvent.change(screen.getByLabelText('New password again'), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('ChangePasswordForm', () => {
  it('names a wrong one-time password on its field (server 401), keeping the person on the form', async () => {
    stubPasswordAnswer(401, { error: { code: 'unauthenticated', message: 'The current password is wrong', fields: [{ path: 'currentPassword', message: 'Wrong password' }] } });
    const onChanged = vi.fn();
    render(<LangContext.Provider value="en"><ChangePasswordForm name="Kaarina Käsittelijä" look={LOOK} purpose={{ kind: 'temporary', onSignOut: () => undefined }} onChanged={onChanged} /></LangContext.Provider>);
    fill('abcd-efgh-ijkm-npqr-stuv', 'Kaarinan-oma-salasana-26');
    expect((await screen.findAllByText('The password is wrong.', { exact: false })).length).toBeGreaterThan(0);
    expect(screen.getByLabelText('One-time password').getAttribute('aria-invalid')).toBe('true');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('checks the repeat in the browser, then posts both passwords and calls back', async () => {
    const posted = stubPasswordAnswer(204, null);
    const onChanged = vi.fn();
    render(<LangContext.Provider value="en"><ChangePasswordForm name="Kaarina Käsittelijä" look={LOOK} purpose={{ kind: 'temporary', onSignOut: () => undefined }} onChanged={onChanged} /></LangContext.Provider>);
    fill('abcd-efgh-ijkm-npqr-stuv', 'Kaarinan-oma-salasana-26', 'Kaarinan-oma-salasana-62');
    expect(screen.getAllByText('The passwords do not match.', { exact: false }).length).toBeGreaterThan(0);
    expect(posted).toEqual([]);
    fill('abcd-efgh-ijkm-npqr-stuv', 'Kaarinan-oma-salasana-26');
    await vi.waitFor(() => expect(onChanged).toHaveBeenCalledOnce());
    expect(posted).toEqual([{ currentPassword: 'abcd-efgh-ijkm-npqr-stuv', newPassword: 'Kaarinan-oma-salasana-26' }]);
  });

  it('asks for the current password when changed voluntarily, and cancels instead of signing out', () => {
    const posted = stubPasswordAnswer(204, null);
    const onCancel = vi.fn();
    render(<LangContext.Provider value="sv"><ChangePasswordForm name="Kaarina Käsittelijä" look={LOOK} purpose={{ kind: 'voluntary', onCancel }} onChanged={() => undefined} /></LangContext.Provider>);
    expect(screen.getByRole('heading', { level: 1, name: 'Byt lösenord' })).toBeTruthy();
    expect(screen.getByLabelText('Nuvarande lösenord').getAttribute('autocomplete')).toBe('current-password');
    expect(screen.queryByLabelText('Engångslösenord')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Logga ut' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(posted).toEqual([]);
  });
});
