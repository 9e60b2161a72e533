/**
 * Setting up an authenticator: POST /api/auth/totp/enrolment gives a new secret as a QR code and as
 * text; the app's first code confirms it (POST /api/auth/totp/enrolment/confirm), and the recovery
 * codes are shown once. Forced after a sign-in when the role requires it and the person has none
 * (the way out is signing out), or chosen from the settings (the way out is cancelling).
 */
import { useEffect, useRef, useState } from 'react';
import type { RecoveryCodes, TotpEnrolment as Enrolment } from '../../api-contract';
import { api } from '../api/http';
import { useTexts } from '../i18n/texts';
import { secondFactorTexts } from '../../i18n/catalogs/second-factor';
import type { ChangePasswordLook } from '../password/ChangePasswordForm';
import { CodeForm } from './CodeForm';
import { RecoveryCodeList } from './RecoveryCodeList';

export type EnrolmentPurpose = { kind: 'required'; name: string; onSignOut: () => void } | { kind: 'chosen'; onCancel: () => void };

interface Props {
  look: ChangePasswordLook;
  purpose: EnrolmentPurpose;
  /** After the recovery codes were seen. */
  onDone: () => void;
}

type Stage = { kind: 'loading' } | { kind: 'failed' } | { kind: 'scan'; enrolment: Enrolment } | { kind: 'codes'; codes: string[] };

export function TotpEnrolment({ look, purpose, onDone }: Props) {
  const t = useTexts(secondFactorTexts);
  const [stage, setStage] = useState<Stage>({ kind: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);
  const required = purpose.kind === 'required';
  const Heading = required ? 'h1' : 'h2';

  useEffect(() => {
    let live = true;
    api<Enrolment>('POST', '/api/auth/totp/enrolment').then(
      (enrolment) => live && setStage({ kind: 'scan', enrolment }),
      () => live && setStage({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (required) document.title = `${t('enrolTitle')} – Kevyt`;
    heading.current?.focus();
  }, [required, t]);

  if (stage.kind === 'codes') return <RecoveryCodeList codes={stage.codes} level={required ? 1 : 2} primaryButton={look.primaryButton} onDone={onDone} />;

  const wayOut =
    purpose.kind === 'required' ? (
      <button type="button" className={look.button} onClick={purpose.onSignOut}>{t('signOut')}</button>
    ) : (
      <button type="button" className={look.button} onClick={purpose.onCancel}>{t('cancel')}</button>
    );

  return (
    <section aria-labelledby="totp-enrolment-title">
      <Heading id="totp-enrolment-title" ref={heading} tabIndex={-1}>{t('enrolTitle')}</Heading>
      {purpose.kind === 'required' && <p>{t('signedInAs', { name: purpose.name })}</p>}
      {required && <p>{t('enrolRequired')}</p>}
      <p>{t('enrolIntro')}</p>
      {stage.kind === 'loading' && <p role="status" aria-busy="true">{t('preparing')}</p>}
      {stage.kind === 'failed' && <p role="alert" className={look.error}>{t('failed')}</p>}
      {stage.kind === 'scan' && (
        <>
          <p>{t('scanStep')}</p>
          <img src={stage.enrolment.qrCode} alt={t('qrAlt')} width={240} height={240} />
          <p>
            {t('secretStep')}
            <br />
            <code>{stage.enrolment.secret}</code>
          </p>
          <p>{t('confirmStep')}</p>
          <CodeForm
            label={t('appCode')}
            submit={t('turnOn')}
            look={look}
            digitsOnly
            onCode={async (code) => {
              const { recoveryCodes } = await api<RecoveryCodes>('POST', '/api/auth/totp/enrolment/confirm', { code });
              setStage({ kind: 'codes', codes: recoveryCodes });
            }}
          >
            {' '}
            {wayOut}
          </CodeForm>
        </>
      )}
      {stage.kind !== 'scan' && <p>{wayOut}</p>}
    </section>
  );
}
