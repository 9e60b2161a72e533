/**
 * One's own two-step verification, from the header of either app: whether it is on and how many
 * recovery codes are left; set it up, make new recovery codes, or (when the role does not require
 * it) turn it off after confirming with a code. Reads GET /api/auth/me itself, again after each change.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { RecoveryCodes, StaffMe } from '../../api-contract';
import { api } from '../api/http';
import { useTexts } from '../i18n/texts';
import { secondFactorTexts } from '../../i18n/catalogs/second-factor';
import type { ChangePasswordLook } from '../password/ChangePasswordForm';
import { CodeForm } from './CodeForm';
import { RecoveryCodeList } from './RecoveryCodeList';
import { TotpEnrolment } from './TotpEnrolment';

type Mode = 'view' | 'enrol' | 'newCodes' | 'turnOff' | { codes: string[] };

export function SecondFactorSettings({ look }: { look: ChangePasswordLook }) {
  const t = useTexts(secondFactorTexts);
  const [me, setMe] = useState<StaffMe | null>(null);
  const [failed, setFailed] = useState(false);
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const load = useCallback(async () => {
    try {
      setMe(await api<StaffMe>('GET', '/api/auth/me'));
    } catch {
      setFailed(true);
    }
  }, []);

  useEffect(() => {
    document.title = `${t('title')} – Kevyt`;
    void load();
  }, [load, t]);

  /** Back to the overview, the focus on its heading (where the status that follows is read). */
  function back(next: string | null = null) {
    setMode('view');
    setNotice(next);
    void load();
    setTimeout(() => heading.current?.focus(), 0);
  }

  const twoFactor = me?.twoFactor;
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>{t('title')}</h1>
      <div role="status">{notice && <p>{notice}</p>}</div>
      {failed && <p role="alert" className={look.error}>{t('failed')}</p>}
      {!twoFactor && !failed && <p aria-busy="true">{t('preparing')}</p>}
      {twoFactor && mode === 'view' && (
        <>
          <p>{twoFactor.enabled ? t('statusOn') : t('statusOff')}</p>
          {twoFactor.enabled && <p>{t('codesLeft', { count: twoFactor.recoveryCodesLeft })}</p>}
          {twoFactor.required && <p>{t('requiredNote')}</p>}
          <p>
            {!twoFactor.enabled && <button type="button" className={look.primaryButton} onClick={() => setMode('enrol')}>{t('setUp')}</button>}
            {twoFactor.enabled && <button type="button" className={look.button} onClick={() => setMode('newCodes')}>{t('newCodesTitle')}</button>}{' '}
            {twoFactor.enabled && !twoFactor.required && (
              <button type="button" className={look.button} onClick={() => setMode('turnOff')}>{t('turnOffOpen')}</button>
            )}
          </p>
        </>
      )}
      {mode === 'enrol' && <TotpEnrolment look={look} purpose={{ kind: 'chosen', onCancel: () => back() }} onDone={() => back(t('statusOn'))} />}
      {mode === 'newCodes' && (
        <CodeSection title={t('newCodesTitle')} intro={t('newCodesIntro')}>
          <CodeForm
            label={t('appCode')}
            submit={t('newCodesSubmit')}
            look={look}
            digitsOnly
            onCode={async (code) => setMode({ codes: (await api<RecoveryCodes>('POST', '/api/auth/totp/recovery-codes', { code })).recoveryCodes })}
          >
            {' '}
            <button type="button" className={look.button} onClick={() => back()}>{t('cancel')}</button>
          </CodeForm>
        </CodeSection>
      )}
      {mode === 'turnOff' && (
        <CodeSection title={t('turnOffTitle')} intro={t('turnOffIntro')}>
          <CodeForm
            label={t('appCode')}
            submit={t('turnOffSubmit')}
            look={look}
            digitsOnly
            onCode={async (code) => {
              await api('POST', '/api/auth/totp/disable', { code });
              back(t('turnedOff'));
            }}
          >
            {' '}
            <button type="button" className={look.button} onClick={() => back()}>{t('cancel')}</button>
          </CodeForm>
        </CodeSection>
      )}
      {typeof mode === 'object' && <RecoveryCodeList codes={mode.codes} level={2} primaryButton={look.primaryButton} onDone={() => back()} />}
    </>
  );
}

function CodeSection({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="second-factor-form-title">
      <h2 id="second-factor-form-title" ref={heading} tabIndex={-1}>{title}</h2>
      <p>{intro}</p>
      {children}
    </section>
  );
}
