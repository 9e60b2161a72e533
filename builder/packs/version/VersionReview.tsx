/** One published version, read (/packs/:packId/versions/:version). Nothing here changes the version. */
import { useParams } from 'react-router-dom';
import { localize } from '../../../form-library/format/localize';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { packTexts } from '../../../i18n/catalogs/builder';
import { useLoad } from '../../requests/use-load';
import { formatDateTime } from '../../../i18n/intl-format';
import { getVersion } from '../api';
import { PackReading, ReadingPage } from './PackReading';

export function VersionReview() {
  const t = useTexts(packTexts);
  const uiLang = useLang();
  const params = useParams();
  const packId = Number(params.packId);
  const version = Number(params.version);
  const [loaded, reload] = useLoad(() => getVersion(packId, version), [packId, version]);
  return (
    <ReadingPage packId={packId} loaded={loaded} reload={reload} loadingTitle={t('viewVersion', { version })}>
      {(v) => (
        <PackReading
          content={v.content}
          title={t('versionTitle', { name: localize(v.content.name, uiLang) || v.content.slug, version })}
          intro={t('versionIntro')}
          servicesLabel={t('versionServices')}
          meta={<>
            {t('colPublished')}: {formatDateTime(v.publishedAt, uiLang)} · {t('colChangelog')}: {v.changelog}
            {v.retired && <> · <span className="pk-badge pk-badge-warn">{t('stateRetired')}</span></>}
          </>}
        />
      )}
    </ReadingPage>
  );
}
