/**
 * The change-password screen. The builder and the desk show it first after a sign-in with a
 * temporary password (GET /api/auth/me says mustChangePassword), and any time a signed-in person
 * opens "Change password" in their header (see VoluntaryPasswordChange). Posts
 * POST /api/auth/password; each app passes its own class names so the form looks like the rest of it.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { api, ApiError } from '../api/http';
import { useTexts } from '../i18n/texts';
import { passwordTexts } from '../../i18n/catalogs/password';
import { MIN_PASSWORD_LENGTH, passwordFormProblems, serverPasswordProblems, type PasswordField, type PasswordProblem } from './password-rules';

export interface ChangePasswordLook {
  field: string;
  primaryButton: string;
  button: string;
  error: string;
}

/** Forced after a temporary password (the way out is signing out), or chosen (the way out is cancelling). */
export type ChangePasswordPurpose = { kind: 'temporary'; onSignOut: () => void } | { kind: 'voluntary'; onCancel: () => void };

interface Props {
  name: string;
  look: ChangePasswordLook;
  purpose: ChangePasswordPurpose;
  onChanged: () => void;
}

type Problems = Partial<Record<PasswordField, PasswordProblem>>;

const FIELDS: PasswordField[] = ['currentPassword', 'newPassword', 'repeat'];

export function ChangePasswordForm({ name, look, purpose, onChanged }: Props) {
  const t = useTexts(passwordTexts);
  const id = useId();
  const [values, setValues] = useState({ currentPassword: '', newPassword: '', repeat: '' });
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const hasProblems = failure !== null || Object.keys(problems).length > 0;
  const temporary = purpose.kind === 'temporary';
  const title = temporary ? t('title') : t('voluntaryTitle');

  useEffect(() => {
    document.title = `${title} – Kevyt`;
  }, [title]);

  const label: Record<PasswordField, string> = { currentPassword: temporary ? t('temporary') : t('current'), newPassword: t('newPassword'), repeat: t('repeat') };
  const text = (p: PasswordProblem): string => t(p, { min: MIN_PASSWORD_LENGTH });

  function show(next: Problems, message: string | null) {
    setProblems(next);
    setFailure(message);
    setTimeout(() => summaryRef.current?.focus(), 0);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const early = passwordFormProblems(values);
    if (Object.keys(early).length > 0) return show(early, null);
    setBusy(true);
    try {
      await api('POST', '/api/auth/password', { currentPassword: values.currentPassword, newPassword: values.newPassword });
      onChanged();
    } catch (err) {
      const fromServer = err instanceof ApiError ? serverPasswordProblems(err.status, err.fields) : null;
      if (fromServer && Object.keys(fromServer).length > 0) show(fromServer, null);
      else show({}, err instanceof ApiError && err.status === 429 ? t('tooMany') : t('failed'));
      setBusy(false);
    }
  }

  return (
    <>
      <h1>{title}</h1>
      {/* Signed in with a one-time password, no header says who this is yet. */}
      {temporary && <p>{t('signedInAs', { name })}</p>}
      <p>{temporary ? t('temporaryIntro') : t('voluntaryIntro')}</p>
      <div ref={summaryRef} tabIndex={-1} role="alert" className={hasProblems ? look.error : undefined}>
        {failure}
        {Object.keys(problems).length > 0 && (
          <>
            <p>{t('errorSummary')}</p>
            <ul>
              {FIELDS.filter((f) => problems[f]).map((f) => (
                <li key={f}><a href={`#${id}-${f}`}>{label[f]}: {text(problems[f] as PasswordProblem)}</a></li>
              ))}
            </ul>
          </>
        )}
      </div>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {FIELDS.map((f) => {
          const problem = problems[f];
          const described = [f === 'newPassword' ? `${id}-hint` : null, problem ? `${id}-${f}-error` : null].filter(Boolean).join(' ');
          return (
            <div className={look.field} key={f}>
              <label htmlFor={`${id}-${f}`}>{label[f]}</label>
              {f === 'newPassword' && <span id={`${id}-hint`}>{t('newHint', { min: MIN_PASSWORD_LENGTH })}</span>}
              <input
                id={`${id}-${f}`}
                type="password"
                autoComplete={f === 'currentPassword' ? 'current-password' : 'new-password'}
                value={values[f]}
                onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
                aria-invalid={problem ? true : undefined}
                aria-describedby={described || undefined}
                required
              />
              {problem && <span id={`${id}-${f}-error`} className={look.error}>{text(problem)}</span>}
            </div>
          );
        })}
        <p>
          <button type="submit" className={look.primaryButton} disabled={busy} aria-busy={busy}>{busy ? t('submitting') : t('submit')}</button>{' '}
          {purpose.kind === 'temporary' ? (
            <button type="button" className={look.button} onClick={purpose.onSignOut}>{t('signOut')}</button>
          ) : (
            <button type="button" className={look.button} onClick={purpose.onCancel}>{t('cancel')}</button>
          )}
        </p>
      </form>
    </>
  );
}
