/** Every pack this person may see, with its draft and its published versions. */
import { Link } from 'react-router-dom';
import { localize } from '../../form-library/format/localize';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { packTexts } from '../../i18n/catalogs/builder';
import { listPacks } from './api';
import { formatDateTime } from '../../i18n/intl-format';
import { LoadState } from '../requests/LoadState';
import { useLoad } from '../requests/useLoad';

export function PackList() {
  const t = useTexts(packTexts);
  const lang = useLang();
  const [loaded, reload] = useLoad(listPacks, []);
  return (
    <section className="bl-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <LoadState loaded={loaded} onRetry={() => void reload()} />
      {loaded.state === 'ready' &&
        (loaded.value.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <table className="pk-table">
            <thead>
              <tr>
                <th scope="col">{t('colPack')}</th>
                <th scope="col">{t('colOwner')}</th>
                <th scope="col">{t('colDraft')}</th>
                <th scope="col">{t('colVersions')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.value.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`/${lang}/packs/${p.id}`}>{localize(p.name, lang) || p.slug}</Link>
                  </th>
                  <td>{p.ownerAuthority ? localize(p.ownerAuthority.name, lang) : t('library')}</td>
                  <td>{formatDateTime(p.draftUpdatedAt, lang)}</td>
                  <td>
                    {p.versions.length === 0 ? (
                      t('noVersions')
                    ) : (
                      <ul className="pk-inline-list">
                        {p.versions.map((v) => (
                          <li key={v.version}>
                            {t('versionOption', { version: v.version })}
                            {v.retired && ` (${t('retired')})`}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
