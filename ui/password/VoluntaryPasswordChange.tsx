/**
 * Changing one's own password when one wants to, in both apps: the "Change password" link in the
 * signed-in header, the screen it opens (the same form as after a temporary password), and the
 * status the person finds back where they were. Where they were travels in the link's history
 * state, so the screen has a URL of its own and needs no other store.
 */
import { useEffect, useRef } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useTexts } from '../i18n/texts';
import { passwordTexts } from '../../i18n/catalogs/password';
import { ChangePasswordForm, type ChangePasswordLook } from './ChangePasswordForm';

type Outcome = 'changed' | 'cancelled';

interface PasswordChangeState {
  /** The app path (with its query) the link was followed from. */
  returnTo?: unknown;
  /** Set on the way back from the screen. */
  passwordChange?: unknown;
}

function stateOf(state: unknown): PasswordChangeState {
  return typeof state === 'object' && state !== null ? (state as PasswordChangeState) : {};
}

/** The path to return to, only when it is a path inside this app (never `//host` or a URL). */
export function returnPathOf(state: unknown): string | null {
  const to = stateOf(state).returnTo;
  return typeof to === 'string' && to.startsWith('/') && !to.startsWith('//') && !to.includes('\\') ? to : null;
}

/** How the person came back from the screen, if they just did. */
export function passwordChangeOutcome(state: unknown): Outcome | null {
  const outcome = stateOf(state).passwordChange;
  return outcome === 'changed' || outcome === 'cancelled' ? outcome : null;
}

/**
 * The header link to the screen. It remembers the page it was followed from and takes the focus
 * back when the person returns, so a keyboard user continues where they started.
 */
export function ChangePasswordLink({ to, className }: { to: string; className?: string }) {
  const t = useTexts(passwordTexts);
  const location = useLocation();
  const ref = useRef<HTMLAnchorElement>(null);
  const returned = passwordChangeOutcome(location.state) !== null;
  useEffect(() => {
    if (returned) ref.current?.focus();
  }, [returned, location.key]);
  const here = location.pathname === to;
  return (
    <Link
      ref={ref}
      to={to}
      state={here ? location.state : { returnTo: `${location.pathname}${location.search}` }}
      className={className}
      aria-current={here ? 'page' : undefined}
    >
      {t('voluntaryTitle')}
    </Link>
  );
}

/** A live region, always in the page, that says the password was changed after the screen returns. */
export function PasswordChangedStatus({ className }: { className?: string }) {
  const t = useTexts(passwordTexts);
  const changed = passwordChangeOutcome(useLocation().state) === 'changed';
  return <div role="status">{changed && <p className={className}>{t('changed')}</p>}</div>;
}

/** The screen itself: the change-password form, returning to `returnTo` (else `home`) when done or cancelled. */
export function VoluntaryPasswordChange({ name, look, home }: { name: string; look: ChangePasswordLook; home: string }) {
  const location = useLocation();
  const navigate = useNavigate();
  const back = (outcome: Outcome) => navigate(returnPathOf(location.state) ?? home, { state: { passwordChange: outcome } });
  return <ChangePasswordForm name={name} look={look} purpose={{ kind: 'voluntary', onCancel: () => back('cancelled') }} onChanged={() => back('changed')} />;
}
