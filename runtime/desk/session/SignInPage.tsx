import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../ui/api/http';
import { Link, useLocation } from 'react-router-dom';
import { LANG_NAMES, LANGS, useLang, useTexts } from '../../../ui/i18n/texts';
import { layoutTexts, sessionTexts } from '../../../i18n/catalogs/desk';
import { NotHandlerError, useSession } from './session';
import { LegalLinks } from '../../../ui/footer/LegalLinks';
import { SsoSignInButtons } from '../../../ui/staff-sso/SsoSignInButtons';

export function SignInPage() {
  const t = useTexts(sessionTexts);
  const l = useTexts(layoutTexts);
  const { state, signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const lang = useLang();
  const location = useLocation();
  const id = useId();

  useEffect(() => {
    document.title = `${t('title')} – Kevyt`;
  }, [t('title')]);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!email.trim() || !password) {
      setError(t('required'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (err) {
      if (err instanceof NotHandlerError) setError(t('notHandler'));
      else if (err instanceof ApiError && (err.status === 401 || err.status === 422 || err.status === 400)) setError(t('wrong'));
      else if (err instanceof ApiError && err.status === 429) setError(t('tooMany'));
      else setError(t('failed'));
      setBusy(false);
    }
  }

  return (
    <>
    <main id="desk-main" className="desk-signin" tabIndex={-1}>
      <ul className="desk-signin__langs" aria-label={l('language')}>
        {LANGS.filter((x) => x !== lang).map((x) => (
          <li key={x}>
            <Link to={`/${x}/${location.pathname.split('/').slice(2).join('/')}${location.search}`} lang={x} hrefLang={x}>{LANG_NAMES[x]}</Link>
          </li>
        ))}
      </ul>
      <p className="desk-signin__product">Kevyt · {l('deskName')}</p>
      <h1>{t('title')}</h1>
      {state.kind === 'signedOut' && state.signedOutNow && <p role="status">{t('signedOut')}</p>}
      <div ref={errorRef} id={`${id}-error`} tabIndex={-1} role="alert" className={error ? 'desk-error' : undefined}>
        {error}
      </div>
      <form onSubmit={submit} noValidate>
        <div className="desk-field">
          <label htmlFor={`${id}-email`}>{t('email')}</label>
          <input id={`${id}-email`} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)}
            aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} required />
        </div>
        <div className="desk-field">
          <label htmlFor={`${id}-password`}>{t('password')}</label>
          <input id={`${id}-password`} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)}
            aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} required />
        </div>
        <button type="submit" className="desk-button desk-button--primary" disabled={busy} aria-busy={busy}>
          {busy ? t('signingIn') : t('signIn')}
        </button>
      </form>
      <SsoSignInButtons returnTo={location.pathname.replace(/\/+$/, '')} look={{ section: 'desk-signin__sso', button: 'desk-button', error: 'desk-error' }} />
    </main>
    <footer className="desk-footer">
      <LegalLinks className="desk-footer__links" renderLink={(href, text) => <Link to={href}>{text}</Link>} />
    </footer>
    </>
  );
}
