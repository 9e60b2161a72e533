/**
 * On the sign-in page, beside the e-mail code: strong identification, for a person who follows
 * their own or their company's submissions. Shown only where the server offers it.
 */
import { useState } from 'react';
import type { Lang } from '../../../form-library/format/types';
import { useTexts } from '../../../ui/i18n/texts';
import { customerTexts } from '../../../i18n/catalogs/customer';
import { customerApi } from '../api';
import { reasonOf } from '../page-kit';
import { useLoad } from '../use-load';

export function StrongSignIn({ returnTo, lang }: { returnTo: string; lang: Lang }) {
  const t = useTexts(customerTexts);
  const status = useLoad(() => customerApi.identification(), 'identification');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!status.data?.strongAvailable) return null;

  async function identify() {
    setBusy(true);
    setError(null);
    try {
      const { authorizationUrl } = await customerApi.startIdentification(returnTo, lang);
      window.location.assign(authorizationUrl);
    } catch (err) {
      setError(t('idUnavailable', { reason: reasonOf(err) }));
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="strong-sign-in">
      <h2 id="strong-sign-in">{t('strongSignInTitle')}</h2>
      <p>{t('strongSignInText')}</p>
      {error && <div className="notice notice--error" role="alert"><p>{error}</p></div>}
      <button type="button" className="button button--secondary" onClick={() => void identify()} disabled={busy}>
        {busy ? t('idStarting') : t('idStart')}
      </button>
    </section>
  );
}
