import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, resetCsrfToken } from '../../../ui/api/http';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { customerTexts } from '../../../i18n/catalogs/customer';
// The submodule, not the renderer's index: the index brings rjsf and ajv, which sign-in does not need.
import { ErrorSummary } from '../../form-renderer/ErrorSummary';
import { isValidEmail, normalizeEmail } from '../../../form-library/contact/check-contact';
import { message } from '../../../form-library/validation/messages';
import { customerApi } from '../api';
import { PageHeading, reasonOf, usePath } from '../page-kit';
import { StrongSignIn } from '../acting-for/StrongSignIn';
import { nextPath } from '../acting-for/ActingForPage';

/** Sign-in with a one-time code sent by email: first the address, then the code. */
export function SignInPage() {
  const t = useTexts(customerTexts);
  const lang = useLang();
  const path = usePath();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  /** Set once the code is on its way: how many minutes it stays valid, as the server says. */
  const [sent, setSent] = useState<{ validMinutes: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ path: string; message: string } | null>(null);
  const [showKey, setShowKey] = useState(0);

  const fail = (p: string, message: string) => {
    setError({ path: p, message });
    setShowKey((k) => k + 1);
  };

  async function requestCode(event: FormEvent) {
    event.preventDefault();
    if (!isValidEmail(normalizeEmail(email))) return fail('email', message('contactEmailInvalid', lang));
    setBusy(true);
    try {
      const answer = await customerApi.requestCode(email.trim(), lang);
      setError(null);
      setSent({ validMinutes: answer.validMinutes });
    } catch (err) {
      fail('email', err instanceof ApiError && err.status === 429 ? t('tooMany') : reasonOf(err));
    } finally {
      setBusy(false);
    }
  }

  async function signIn(event: FormEvent) {
    event.preventDefault();
    if (!code.trim()) return fail('code', t('errCode'));
    setBusy(true);
    try {
      await customerApi.signIn(email.trim(), code.trim());
      resetCsrfToken(); // the token is bound to the session that just changed
      const next = search.get('seuraava');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : path('omat'), { replace: true });
    } catch (err) {
      fail('code', err instanceof ApiError && err.status === 429 ? t('tooMany') : err instanceof ApiError && err.status < 500 ? t('wrongCode') : reasonOf(err));
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (p: string) => (error?.path === p ? error.message : undefined);
  return (
    <>
      <PageHeading title={t('signInTitle')}>{t('signInTitle')}</PageHeading>
      <ErrorSummary errors={error ? [error] : []} showKey={showKey} />
      {!sent ? (
        <form className="panel" onSubmit={requestCode} noValidate>
          <p>{t('signInLead')}</p>
          <div className={fieldError('email') ? 'field-row field--error' : 'field-row'}>
            <label htmlFor="root_email" className="label">{t('email')}</label>
            {fieldError('email') && <p className="error-text" id="root_email__error">{fieldError('email')}</p>}
            <input id="root_email" type="email" className="input" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)}
              aria-invalid={fieldError('email') ? true : undefined} aria-describedby={fieldError('email') ? 'root_email__error' : undefined} />
          </div>
          <button type="submit" className="button button--primary" disabled={busy}>{t('sendCode')}</button>
        </form>
      ) : (
        <form className="panel" onSubmit={signIn} noValidate>
          <p role="status">{t('codeSent', { email: email.trim(), minutes: sent.validMinutes })}</p>
          <div className={fieldError('code') ? 'field-row field--error' : 'field-row'}>
            <label htmlFor="root_code" className="label">{t('code')}</label>
            {fieldError('code') && <p className="error-text" id="root_code__error">{fieldError('code')}</p>}
            <input id="root_code" className="input" inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)}
              aria-invalid={fieldError('code') ? true : undefined} aria-describedby={fieldError('code') ? 'root_code__error' : undefined} />
          </div>
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={busy}>{t('signIn')}</button>
            <button type="button" className="button button--link" onClick={() => { setSent(null); setCode(''); setError(null); }}>{t('otherEmail')}</button>
          </div>
        </form>
      )}
      <StrongSignIn returnTo={nextPath(search.get('seuraava'), path('omat'))} lang={lang} />
    </>
  );
}
