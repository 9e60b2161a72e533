/**
 * Where the identity provider sends the browser back (/fi/tunnistautuminen?code=…&state=…): hands
 * the answer to the server, which checks it and signs the person in, then goes on to the page the
 * identification started from (through the choice of whom to act for, when the person may act for
 * a company). The code leaves the address bar at once (replace).
 */
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, resetCsrfToken } from '../../../ui/api/http';
import { useTexts } from '../../../ui/i18n/texts';
import { customerTexts } from '../../../i18n/catalogs/customer';
import { customerApi } from '../api';
import { PageHeading, reasonOf, usePath } from '../page-kit';
import { actingForNow, refreshActingFor } from '../acting-for/acting-for-store';

type Completion = ReturnType<typeof customerApi.completeIdentification>;

// One completion per answer: the server accepts it once, and a re-run effect must not send it again.
let completing: { query: string; answer: Completion } | null = null;

function completeOnce(query: string): Completion {
  if (completing?.query !== query) completing = { query, answer: customerApi.completeIdentification(query) };
  return completing.answer;
}

export function IdentificationReturnPage() {
  const t = useTexts(customerTexts);
  const path = usePath();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<{ code: string; reason: string } | null>(null);

  useEffect(() => {
    const query = window.location.search.replace(/^\?/, '');
    if (!query) {
      setFailure({ code: 'login_not_found', reason: '' });
      return;
    }
    let live = true;
    completeOnce(query).then(
      (done) => {
        resetCsrfToken(); // the token is bound to the session that just changed
        // A person who may act for a company chooses whom they act for before going on.
        void refreshActingFor().then(() => {
          if (!live) return;
          const mayChoose = (actingForNow()?.state.companies.length ?? 0) > 0;
          navigate(mayChoose ? `${path('asiointirooli')}?seuraava=${encodeURIComponent(done.returnTo)}` : done.returnTo, { replace: true });
        });
      },
      (err: unknown) => {
        if (live) setFailure({ code: err instanceof ApiError ? err.code : 'error', reason: reasonOf(err) });
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `path` follows the language, which the return does not change
  }, [navigate]);

  if (!failure) {
    return (
      <>
        <PageHeading title={t('idReturnTitle')}>{t('idReturnTitle')}</PageHeading>
        <p role="status"><span className="spinner" aria-hidden="true" /> {t('idCompleting')}</p>
      </>
    );
  }
  return (
    <>
      <PageHeading title={t('idFailedTitle')}>{t('idFailedTitle')}</PageHeading>
      <div className="notice notice--error" role="alert"><p>{t('idFailed', { code: failure.code, reason: failure.reason })}</p></div>
      <p><Link to={path('')}>{t('idBackToServices')}</Link></p>
    </>
  );
}

