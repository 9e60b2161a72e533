/**
 * The authority admin's "API documentation" beside the API keys: what the integration API is for,
 * the whole OpenAPI document to download, and the integration routes rendered by Scalar's API
 * reference (a lazy chunk of its own, loaded when the page opens).
 */
import { lazy, Suspense, useEffect } from 'react';
import { Link } from 'react-router-dom';
import { apiDocsTexts, commonTexts } from '../../i18n/catalogs/builder';
import { api } from '../../ui/api/http';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { LoadState } from '../requests/LoadState';
import { useLoad } from '../requests/use-load';
import { mayManageApiKeys, useOwnAuthorityName } from '../shell/session';
import { NotForYourRole } from '../shell/NotForYourRole';
import { integrationDocument, type OpenApiDocument } from './integration-document';
import { loadedAsApiDocs, reloadDocument, showingApiDocs } from './own-document';

const ApiReference = lazy(() => import('./ApiReference').then((m) => ({ default: m.ApiReference })));

export const OPENAPI_PATH = '/api/openapi.json';

export function ApiDocsPage() {
  const t = useTexts(apiDocsTexts);
  if (useOwnAuthorityName(mayManageApiKeys) === null) return <NotForYourRole title={t('title')} text={t('noAuthority')} />;
  return <OwnDocument />;
}

/**
 * Reached inside the app, the page loads itself again as a document (own-document.ts); left inside
 * the app, it loads the next page as a document too, so that page runs under its own CSP.
 */
function OwnDocument() {
  const t = useTexts(apiDocsTexts);
  const own = loadedAsApiDocs();
  useEffect(() => {
    if (!own) reloadDocument();
    return () => {
      if (!showingApiDocs()) reloadDocument();
    };
  }, [own]);
  if (own) return <ApiDocs />;
  return (
    <section className="bl-page">
      <h1>{t('title')}</h1>
      <p aria-busy="true" role="status">{t('loading')}</p>
    </section>
  );
}

function ApiDocs() {
  const t = useTexts(apiDocsTexts);
  const c = useTexts(commonTexts);
  const lang = useLang();
  const [loaded, reload] = useLoad(async () => integrationDocument(await api<OpenApiDocument>('GET', OPENAPI_PATH), window.location.origin), []);
  const loading = <p aria-busy="true" role="status">{t('loading')}</p>;
  return (
    <section className="ad-page">
      <div className="bl-page">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
        <ul className="pk-list">
          <li><Link to={`/${lang}/api-keys`} reloadDocument>{t('keysLink')}</Link></li>
          <li><a href={OPENAPI_PATH} download="kevyt-openapi.json">{t('download')}</a></li>
        </ul>
        <p className="pk-hint">{t('englishNote')}</p>
        {loaded.state === 'loading' ? loading : <LoadState loaded={loaded} onRetry={() => void reload()} />}
      </div>
      {loaded.state === 'ready' && (
        <div className="ad-reference" role="region" aria-label={t('referenceLabel')} lang="en">
          <Suspense fallback={<p aria-busy="true" role="status">{c('loading')}</p>}>
            <ApiReference document={loaded.value} />
          </Suspense>
        </div>
      )}
    </section>
  );
}
