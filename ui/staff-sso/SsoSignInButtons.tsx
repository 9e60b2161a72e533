/**
 * "Sign in with Helsinki's account": one button per authority whose staff sign in through their own
 * identity provider (GET /api/staff-sso/providers), under the password form of the desk and the
 * builder. A press starts the sign-in and sends the browser to the provider; nothing shows when no
 * authority has single sign-on.
 */
import { useEffect, useState } from 'react';
import type { SsoProvider } from '../../api-contract';
import { staffSsoSignInTexts } from '../../i18n/catalogs/staff-sso';
import { api } from '../api/http';
import { useLang, useTexts } from '../i18n/texts';

export interface SsoSignInLook {
  section: string;
  button: string;
  error: string;
}

export function SsoSignInButtons({ returnTo, look }: { returnTo: string; look: SsoSignInLook }) {
  const t = useTexts(staffSsoSignInTexts);
  const lang = useLang();
  const [providers, setProviders] = useState<SsoProvider[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    api<SsoProvider[]>('GET', '/api/staff-sso/providers').then(
      (list) => live && setProviders(Array.isArray(list) ? list : []),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  async function start(authorityId: string) {
    setBusy(authorityId);
    setFailed(false);
    try {
      const { authorizationUrl } = await api<{ authorizationUrl: string }>('POST', '/api/staff-sso/start', { authorityId, returnTo, lang });
      window.location.assign(authorizationUrl);
    } catch {
      setFailed(true);
      setBusy(null);
    }
  }

  if (providers.length === 0) return null;
  return (
    <section className={look.section} aria-labelledby="sso-heading">
      <h2 id="sso-heading">{t('orHeading')}</h2>
      {failed && <p role="alert" className={look.error}>{t('startFailed')}</p>}
      {busy && <p role="status">{t('starting')}</p>}
      {providers.map((p) => (
        <p key={p.authorityId}>
          <button type="button" className={look.button} disabled={busy !== null} onClick={() => void start(p.authorityId)}>
            {t('button', { authority: p.name[lang] })}
          </button>
        </p>
      ))}
    </section>
  );
}
