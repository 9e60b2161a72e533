/**
 * One field for a code (from the authenticator app, or a recovery code) and its submit button: the
 * second step of a sign-in, confirming a new authenticator, new recovery codes, turning it off. A
 * refused code is said in an alert tied to the field, and the focus returns to the field.
 */
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../api/http';
import { useTexts } from '../i18n/texts';
import { secondFactorTexts } from '../../i18n/catalogs/second-factor';
import type { ChangePasswordLook } from '../password/ChangePasswordForm';
import { codeProblemOf, type CodeProblem } from './code-problem';

interface Props {
  label: string;
  hint?: string;
  submit: string;
  look: ChangePasswordLook;
  /** Sends the code; a rejection with an ApiError is shown at the field. */
  onCode: (code: string) => Promise<void>;
  /** Buttons beside the submit button (cancel, sign out). */
  children?: ReactNode;
  /** Recovery codes have letters; an app's code is digits only. */
  digitsOnly?: boolean;
}

export function CodeForm({ label, hint, submit, look, onCode, children, digitsOnly = false }: Props) {
  const t = useTexts(secondFactorTexts);
  const id = useId();
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<CodeProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  function show(next: CodeProblem) {
    setProblem(next);
    setTimeout(() => input.current?.focus(), 0);
  }

  async function send(e: FormEvent) {
    e.preventDefault();
    if (code.trim() === '') return show('required');
    setBusy(true);
    setProblem(null);
    try {
      await onCode(code.trim());
    } catch (err) {
      show(codeProblemOf(err instanceof ApiError ? err.status : null));
      setCode('');
      setBusy(false);
      return;
    }
    setBusy(false);
  }

  const described = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <form onSubmit={(e) => void send(e)} noValidate>
      <div className={look.field}>
        <label htmlFor={`${id}-code`}>{label}</label>
        {hint && <span id={`${id}-hint`}>{hint}</span>}
        <input
          ref={input}
          id={`${id}-code`}
          type="text"
          inputMode={digitsOnly ? 'numeric' : 'text'}
          autoComplete="one-time-code"
          autoCapitalize="off"
          spellCheck={false}
          maxLength={32}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={described || undefined}
          required
        />
        <span id={`${id}-error`} role="alert" className={problem ? look.error : undefined}>{problem ? t(problem) : null}</span>
      </div>
      <p>
        <button type="submit" className={look.primaryButton} disabled={busy} aria-busy={busy}>{busy ? t('checking') : submit}</button>
        {children}
      </p>
    </form>
  );
}
