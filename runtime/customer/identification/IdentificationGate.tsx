/**
 * What a service that asks for identification shows before its form: the way to identify (strong:
 * off to the identity provider; e-mail code: the sign-in page), or, once identified strongly, who
 * the customer is and the way to sign out (at the provider too).
 */
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { IdentificationLevel, Lang } from '../../../form-library/format/types';
import { useTexts } from '../../../ui/i18n/texts';
import { customerTexts } from '../../../i18n/catalogs/customer';
import { customerApi, type IdentificationStatus } from '../api';
import { reasonOf, usePath } from '../page-kit';

/** Whether the customer may fill the form: identified at least as surely as the service asks. */
export function isIdentifiedFor(level: IdentificationLevel, status: IdentificationStatus): boolean {
  if (level === 'strong') return status.identification === 'strong';
  if (level === 'email') return status.identification !== 'none';
  return true;
}

interface GateProps {
  level: IdentificationLevel;
  status: IdentificationStatus;
  lang: Lang;
}

export function IdentificationGate({ level, status, lang }: GateProps) {
  const t = useTexts(customerTexts);
  const path = usePath();
  const location = useLocation();
  const here = location.pathname + location.search;
  const [busy, setBusy] = useState<'start' | 'out' | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function identify() {
    setBusy('start');
    setError(null);
    try {
      const { authorizationUrl } = await customerApi.startIdentification(here, lang);
      window.location.assign(authorizationUrl);
    } catch (err) {
      setError(t('idUnavailable', { reason: reasonOf(err) }));
      setBusy(null);
    }
  }

  async function signOut() {
    setBusy('out');
    setError(null);
    try {
      const { logoutUrl } = await customerApi.identificationLogout(lang);
      window.location.assign(logoutUrl ?? path(''));
    } catch (err) {
      setError(reasonOf(err));
      setBusy(null);
    }
  }

  const errorNote = error && <div className="notice notice--error" role="alert"><p>{error}</p></div>;

  if (status.person) {
    const name = `${status.person.givenName} ${status.person.familyName}`.trim();
    return (
      <div className="notice identified">
        <p>{t('idAs', { name })}</p>
        <button type="button" className="button button--link" onClick={() => void signOut()} disabled={busy !== null}>
          {busy === 'out' ? t('idSigningOut') : t('idSignOut')}
        </button>
        {errorNote}
      </div>
    );
  }
  if (isIdentifiedFor(level, status)) return null;
  if (level === 'email') {
    return (
      <section className="panel" aria-labelledby="identification-needed">
        <h2 id="identification-needed">{t('idEmailRequiredTitle')}</h2>
        <p>{t('idEmailRequiredText')}</p>
        <p><Link className="button button--primary" to={`${path('kirjaudu')}?seuraava=${encodeURIComponent(here)}`}>{t('idEmailSignIn')}</Link></p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="identification-needed">
      <h2 id="identification-needed">{t('idRequiredTitle')}</h2>
      <p>{t('idRequiredText')}</p>
      {errorNote}
      <p>
        <button type="button" className="button button--primary" onClick={() => void identify()} disabled={busy !== null} aria-disabled={busy !== null}>
          {busy === 'start' ? (<><span className="spinner" aria-hidden="true" /> {t('idStarting')}</>) : t('idStart')}
        </button>
      </p>
    </section>
  );
}
