/**
 * The second step and the authenticator's setup against a stubbed server: a refused code is
 * announced at its field and the focus returns there; a used code says so; setting up shows the QR
 * code and the key as text, then the recovery codes once.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangContext } from '../i18n/texts';
import { SecondFactorStep } from './SecondFactorStep';
import { TotpEnrolment } from './TotpEnrolment';

const LOOK = { field: 'f', primaryButton: 'p', button: 'b', error: 'e' };
const ME = {
  id: 3, email: 'anna@hel.fi', name: 'Anna Pääkäyttäjä', role: 'admin', authority: null, mustChangePassword: false,
  twoFactor: { enabled: true, required: true, step: 'none', recoveryCodesLeft: 10 },
};
const QR = 'data:image/png;base64,iVBORw0KGgo=';

type Answer = { status: number; body?: unknown };

/** Answers each POST path with the next of its answers; records what was posted. */
function stubServer(answers: Record<string, Answer[]>) {
  const posted: Array<{ path: string; body: unknown }> = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if (url === '/api/csrf') return new Response(JSON.stringify({ token: 't' }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    posted.push({ path: url, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const answer = answers[url]?.shift() ?? { status: 500, body: { error: { code: 'internal', message: 'x', fields: [] } } };
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status, headers: { 'Content-Type': 'application/json' } });
  });
  return posted;
}

const refused = (status: number, code: string) => ({ status, body: { error: { code, message: 'no', fields: [{ path: 'code', message: 'no' }] } } });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the second step', () => {
  it('announces a wrong and a used code at the field, keeps the focus there, then passes with a good one', async () => {
    const posted = stubServer({ '/api/auth/second-factor': [refused(401, 'unauthenticated'), refused(409, 'conflict'), { status: 200, body: ME }] });
    const onPassed = vi.fn();
    render(<LangContext.Provider value="en"><SecondFactorStep name="Anna Pääkäyttäjä" look={LOOK} onPassed={onPassed} onSignOut={() => undefined} /></LangContext.Provider>);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Two-step verification' }));
    const field = screen.getByLabelText('Code');
    expect(field.getAttribute('autocomplete')).toBe('one-time-code');

    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Enter the code.');
    expect(posted).toEqual([]);

    fireEvent.change(field, { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText('The code is wrong or has expired.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
    await vi.waitFor(() => expect(document.activeElement).toBe(field));

    fireEvent.change(field, { target: { value: '654321' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByText('This code was already used. Wait for the next code in the app.');

    fireEvent.change(field, { target: { value: 'abcde-fghjk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await vi.waitFor(() => expect(onPassed).toHaveBeenCalledWith(ME));
    expect(posted.map((p) => p.body)).toEqual([{ code: '123456' }, { code: '654321' }, { code: 'abcde-fghjk' }]);
  });
});

describe('setting up an authenticator', () => {
  it('shows the QR code and the key, confirms with the first code and shows the recovery codes once', async () => {
    const codes = ['abcde-fghjk', 'mnpqr-stuvw'];
    stubServer({
      '/api/auth/totp/enrolment': [{ status: 200, body: { secret: 'ABCD EFGH IJKL MNOP', otpauthUri: 'otpauth://totp/Kevyt:anna', qrCode: QR } }],
      '/api/auth/totp/enrolment/confirm': [refused(422, 'validation_failed'), { status: 200, body: { recoveryCodes: codes } }],
    });
    const onDone = vi.fn();
    const onSignOut = vi.fn();
    render(<LangContext.Provider value="fi"><TotpEnrolment look={LOOK} purpose={{ kind: 'required', name: 'Anna', onSignOut }} onDone={onDone} /></LangContext.Provider>);
    expect(screen.getByRole('heading', { level: 1, name: 'Ota kaksivaiheinen tunnistautuminen käyttöön' })).toBeTruthy();
    expect(screen.getByText('Roolisi edellyttää kaksivaiheista tunnistautumista. Ota se käyttöön ennen kuin jatkat.')).toBeTruthy();
    const qr = await screen.findByRole('img', { name: 'QR-koodi todennussovellukselle' });
    expect(qr.getAttribute('src')).toBe(QR);
    expect(screen.getByText('ABCD EFGH IJKL MNOP')).toBeTruthy();

    const field = screen.getByLabelText('Sovelluksen koodi');
    expect(field.getAttribute('inputmode')).toBe('numeric');
    fireEvent.change(field, { target: { value: '000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ota käyttöön' }));
    await screen.findByText('Koodi on väärä tai vanhentunut.');

    fireEvent.change(field, { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ota käyttöön' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Varakoodisi' });
    await vi.waitFor(() => expect(document.activeElement).toBe(heading));
    const list = screen.getByRole('list', { name: 'Varakoodit' });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual(codes);
    fireEvent.click(screen.getByRole('button', { name: 'Olen tallentanut koodit – jatka' }));
    expect(onDone).toHaveBeenCalledOnce();
    expect(onSignOut).not.toHaveBeenCalled();
  });

  it('says so when the setup cannot start, and offers the way out', async () => {
    stubServer({ '/api/auth/totp/enrolment': [refused(409, 'conflict')] });
    const onCancel = vi.fn();
    render(<LangContext.Provider value="sv"><TotpEnrolment look={LOOK} purpose={{ kind: 'chosen', onCancel }} onDone={() => undefined} /></LangContext.Provider>);
    expect(screen.getByRole('heading', { level: 2, name: 'Aktivera tvåstegsverifiering' })).toBeTruthy();
    expect((await screen.findByRole('alert')).textContent).toBe('Något gick fel. Försök igen.');
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });
});
