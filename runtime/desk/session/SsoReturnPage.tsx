/**
 * Where an authority's identity provider sends a staff member back
 * (/fi/virkailija/kertakirjautuminen?code=…&state=…): hands the answer to the server, which checks
 * it, takes the role from the groups and signs the person in, then opens the desk or the builder
 * page the sign-in started from (a full load, so the app reads the new session). A refusal is
 * shown in words: no mapped group, no group claim, groups that could not be fetched, an account
 * clash, or a failed answer.
 */
import { useEffect, useRef, useState } from 'react';
import { ApiError, api, resetCsrfToken } from '../../../ui/api/http';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { staffSsoSignInTexts } from '../../../i18n/catalogs/staff-sso';
import { LegalLinks } from '../../../ui/footer/LegalLinks';

type Completion = Promise<{ returnTo: string; lang: string }>;

// One completion per answer: the server accepts it once, and a re-run effect must not send it again.
let completing: { query: string; answer: Completion } | null = null;

function completeOnce(query: string): Completion {
  if (completing?.query !== query) completing = { query, answer: api<{ returnTo: string; lang: string }>('POST', '/api/staff-sso/complete', { query }) };
  return completing.answer;
}

type RefusalText = 'noRole' | 'groupsMissing' | 'groupsUnavailable' | 'accountConflict' | 'deactivated' | 'failed';

function refusalText(code: string): RefusalText {
  if (code === 'no_role') return 'noRole';
  if (code === 'groups_missing') return 'groupsMissing';
  if (code === 'groups_overage' || code === 'groups_source_failed') return 'groupsUnavailable';
  if (code === 'account_conflict' || code === 'account_other_authority') return 'accountConflict';
  if (code === 'account_deactivated') return 'deactivated';
  return 'failed';
}

export function SsoReturnPage() {
  const t = useTexts(staffSsoSignInTexts);
  const lang = useLang();
  const [refusal, setRefusal] = useState<RefusalText | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Read before the effect takes the code out of the address bar (a re-run effect must still find it).
  const [query] = useState(() => window.location.search.replace(/^\?/, ''));

  useEffect(() => {
    document.title = `${t(refusal ? 'refusedTitle' : 'returnTitle')} – Kevyt`;
    if (refusal) heading.current?.focus();
  }, [refusal, t]);

  useEffect(() => {
    // The code leaves the address bar at once.
    window.history.replaceState(null, '', window.location.pathname);
    if (!query) {
      setRefusal('failed');
      return;
    }
    let live = true;
    completeOnce(query).then(
      (done) => {
        resetCsrfToken(); // the token is bound to the session that just changed
        if (live) window.location.replace(done.returnTo);
      },
      (err: unknown) => {
        if (live) setRefusal(refusalText(err instanceof ApiError ? err.code : 'error'));
      },
    );
    return () => {
      live = false;
    };
  }, [query]);

  return (
    <>
      <main id="desk-main" className="desk-signin" tabIndex={-1}>
        <p className="desk-signin__product">Kevyt</p>
        {refusal ? (
          <>
            <h1 ref={heading} tabIndex={-1}>{t('refusedTitle')}</h1>
            <p role="alert" className="desk-error">{t(refusal)}</p>
            <p><a href={`/${lang}/virkailija`}>{t('again')}</a></p>
          </>
        ) : (
          <>
            <h1>{t('returnTitle')}</h1>
            <p role="status">{t('completing')}</p>
          </>
        )}
      </main>
      <footer className="desk-footer">
        <LegalLinks className="desk-footer__links" />
      </footer>
    </>
  );
}
