/**
 * The second step of a staff sign-in (GET /api/auth/me says twoFactor.step 'code'): a code from
 * the authenticator app or a recovery code, POST /api/auth/second-factor. Both apps show it before
 * anything else; the way out is signing out.
 */
import { useEffect, useRef } from 'react';
import type { StaffMe } from '../../api-contract';
import { api } from '../api/http';
import { useTexts } from '../i18n/texts';
import { secondFactorTexts } from '../../i18n/catalogs/second-factor';
import type { ChangePasswordLook } from '../password/ChangePasswordForm';
import { CodeForm } from './CodeForm';

interface Props {
  name: string;
  look: ChangePasswordLook;
  onPassed: (me: StaffMe) => void;
  onSignOut: () => void;
}

export function SecondFactorStep({ name, look, onPassed, onSignOut }: Props) {
  const t = useTexts(secondFactorTexts);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${t('title')} – Kevyt`;
    heading.current?.focus();
  }, [t]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>{t('title')}</h1>
      <p>{t('signedInAs', { name })}</p>
      <p>{t('stepIntro')}</p>
      <CodeForm
        label={t('code')}
        hint={t('codeHint')}
        submit={t('continue')}
        look={look}
        onCode={async (code) => onPassed(await api<StaffMe>('POST', '/api/auth/second-factor', { code }))}
      >
        {' '}
        <button type="button" className={look.button} onClick={onSignOut}>{t('signOut')}</button>
      </CodeForm>
    </>
  );
}
