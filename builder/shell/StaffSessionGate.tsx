/**
 * Lets only signed-in staff into the builder: asks who is signed in, shows the sign-in form when
 * no one is, the second step (a code) or setting up an authenticator when the session owes it, the
 * change-password screen after a sign-in with a temporary password, and a clear
 * "no access" to handlers (the server refuses them too).
 */
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { api, ApiError, resetCsrfToken } from '../../ui/api/http';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { shellTexts } from '../../i18n/catalogs/builder';
import { mayUseBuilder, StaffSessionContext, type StaffMember } from './session';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ChangePasswordForm, type ChangePasswordLook } from '../../ui/password/ChangePasswordForm';
import { LegalLinks } from '../../ui/footer/LegalLinks';
import { SecondFactorStep } from '../../ui/second-factor/SecondFactorStep';
import { TotpEnrolment } from '../../ui/second-factor/TotpEnrolment';
import { SsoSignInButtons } from '../../ui/staff-sso/SsoSignInButtons';

/** The change-password form in the builder's look (also on the voluntary screen, see BuilderPasswordPage). */
export const PASSWORD_LOOK: ChangePasswordLook = { field: 'bl-signin', primaryButton: 'bl-primary', button: '', error: 'bl-error' };

type State = { kind: 'loading' } | { kind: 'signedOut' } | { kind: 'signedIn'; me: StaffMember } | { kind: 'error' };

export function StaffSessionGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const t = useTexts(shellTexts);
  const lang = useLang();

  const load = useCallback(async () => {
    try {
      const me = await api<StaffMember>('GET', '/api/auth/me');
      setState({ kind: 'signedIn', me });
    } catch (err) {
      setState(err instanceof ApiError && err.status === 401 ? { kind: 'signedOut' } : { kind: 'error' });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const signOut = useCallback(async () => {
    const answer = await api<{ logoutUrl: string | null } | undefined>('POST', '/api/auth/logout', { lang, app: 'builder' }).catch(() => undefined);
    resetCsrfToken();
    // After a single sign-on the organisation's provider ends its session too and sends the browser back to this sign-in page.
    if (answer?.logoutUrl) {
      window.location.assign(answer.logoutUrl);
      return;
    }
    setState({ kind: 'signedOut' });
  }, [lang]);

  if (state.kind === 'loading') return <main className="bl-centered" aria-busy="true"><p>{t('loading')}</p></main>;
  if (state.kind === 'error') {
    return (
      <main className="bl-centered">
        <h1>{t('appName')}</h1>
        <p role="alert">{t('networkError')}</p>
        <button type="button" onClick={() => void load()}>{t('signIn')}</button>
      </main>
    );
  }
  if (state.kind === 'signedOut') return <SignInForm onSignedIn={(me) => setState({ kind: 'signedIn', me })} />;
  // The second factor comes before anything else, a temporary password included (the server holds the same order).
  if (state.me.twoFactor.step === 'code') {
    return (
      <main className="bl-centered" id="main">
        <div className="bl-topline"><LanguageSwitcher /></div>
        <SecondFactorStep name={state.me.name} look={PASSWORD_LOOK} onSignOut={() => void signOut()} onPassed={(me) => setState({ kind: 'signedIn', me })} />
      </main>
    );
  }
  if (state.me.twoFactor.step === 'enrol') {
    return (
      <main className="bl-centered" id="main">
        <div className="bl-topline"><LanguageSwitcher /></div>
        <TotpEnrolment look={PASSWORD_LOOK} purpose={{ kind: 'required', name: state.me.name, onSignOut: () => void signOut() }} onDone={() => void load()} />
      </main>
    );
  }
  if (state.me.mustChangePassword) {
    return (
      <main className="bl-centered" id="main">
        <div className="bl-topline"><LanguageSwitcher /></div>
        <ChangePasswordForm name={state.me.name} look={PASSWORD_LOOK} purpose={{ kind: 'temporary', onSignOut: () => void signOut() }} onChanged={() => void load()} />
      </main>
    );
  }
  if (!mayUseBuilder(state.me.role)) return <NoAccess name={state.me.name} onSignOut={signOut} />;
  return <StaffSessionContext.Provider value={{ me: state.me, signOut }}>{children}</StaffSessionContext.Provider>;
}

function SignInForm({ onSignedIn }: { onSignedIn: (me: StaffMember) => void }) {
  const t = useTexts(shellTexts);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const me = await api<StaffMember>('POST', '/api/auth/login', { email, password });
      // The session changed, so the CSRF token bound to the old one must go.
      resetCsrfToken();
      onSignedIn(me);
    } catch (err) {
      setError(err instanceof ApiError && (err.status === 401 || err.status === 422 || err.status === 400) ? t('signInFailed') : t('networkError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
    <main className="bl-centered" id="main">
      <div className="bl-topline"><LanguageSwitcher /></div>
      <h1>{t('signInTitle')}</h1>
      <p>{t('signInIntro')}</p>
      <form onSubmit={(e) => void submit(e)} className="bl-signin" noValidate>
        {error && <p role="alert" className="bl-error">{error}</p>}
        <label htmlFor="signin-email">{t('email')}</label>
        <input id="signin-email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
        <label htmlFor="signin-password">{t('password')}</label>
        <input id="signin-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        <button type="submit" className="bl-primary" disabled={busy}>{t('signIn')}</button>
      </form>
      <SsoSignInButtons returnTo={window.location.pathname.replace(/\/+$/, '')} look={{ section: 'bl-signin', button: '', error: 'bl-error' }} />
    </main>
    <footer className="bl-footer">
      <LegalLinks className="bl-footer__links" />
    </footer>
    </>
  );
}

function NoAccess({ name, onSignOut }: { name: string; onSignOut: () => Promise<void> }) {
  const t = useTexts(shellTexts);
  const lang = useLang();
  return (
    <main className="bl-centered" id="main">
      <h1>{t('noAccessTitle')}</h1>
      <p>{t('signedInAs', { name })}</p>
      <p>{t('noAccessText')}</p>
      <p><a href={`/${lang}/virkailija`}>{t('toDesk')}</a></p>
      <button type="button" onClick={() => void onSignOut()}>{t('signOut')}</button>
    </main>
  );
}
