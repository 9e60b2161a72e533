/**
 * A service of the library before deploying it: the designer's own preview (the runtime's
 * FormRenderer) on the form of the chosen version, in any of the three languages and at desktop or
 * phone width, fillable as a customer would fill it; nothing is sent.
 */
import { Link, useSearchParams } from 'react-router-dom';
import { localize } from '../../form-library/format/localize';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { deploymentTexts } from '../../i18n/catalogs/builder';
import { Preview } from '../designer/preview/Preview';
import { LoadState } from '../requests/LoadState';
import { useLoad } from '../requests/use-load';
import { versionContent } from './deployable';

export function ServicePreviewPage() {
  const t = useTexts(deploymentTexts);
  const lang = useLang();
  const [params] = useSearchParams();
  const packId = Number(params.get('pack'));
  const version = Number(params.get('version'));
  const serviceId = params.get('service') ?? '';
  const [loaded, reload] = useLoad(() => versionContent(packId, version), [packId, version]);
  const service = loaded.state === 'ready' ? loaded.value.services.find((s) => s.id === serviceId) : undefined;

  return (
    <section className="bl-page">
      <p><Link to={`/${lang}/deployments`}>{t('back')}</Link></p>
      {!service ? (
        <>
          <h1>{t('libPreview')}</h1>
          {loaded.state === 'ready' ? <p>{t('previewNotFound')}</p> : <LoadState loaded={loaded} onRetry={() => void reload()} />}
        </>
      ) : (
        <>
          <h1>{t('previewTitle', { service: localize(service.name, lang) })}</h1>
          <p>{t('previewIntro', { version })}</p>
          <p>{localize(service.description, lang)}</p>
          <h2>{t('previewForm')}</h2>
          <Preview definition={service.form} initialLang={lang} />
        </>
      )}
    </section>
  );
}
