/** The designer's start: the packs this person may edit, a new pack, and import from a file. */
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { FormPackContent } from '../../form-library/format/types';
import { ApiError } from '../../ui/api/http';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { draftTexts, packTexts } from '../../i18n/catalogs/builder';
import { localize } from '../../form-library/format/localize';
import { formatDateTime } from '../../i18n/intl-format';
import { newPackContent } from '../drafts/pack-content';
import { createPack, listPacks, type PackSummary } from '../drafts/packs-api';
import { PackFileInput } from '../pack-files/PackFileInput';
import { ImportErrors } from '../pack-files/ImportErrors';
import { DraftStatusBadge } from '../packs/PackList';

export function PackListPage() {
  const t = useTexts(draftTexts);
  const p = useTexts(packTexts);
  const lang = useLang();
  const navigate = useNavigate();
  const [packs, setPacks] = useState<PackSummary[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    listPacks().then(setPacks, () => setFailed(true));
  }, []);

  const create = async (content: FormPackContent) => {
    setError(null);
    try {
      const { id } = await createPack(content, lang);
      navigate(`/${lang}/designer/${id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'network', String(err)));
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    const content = newPackContent({ fi: name.trim() });
    // Slugs are unique across packs: a second "Terassilupa" becomes terassilupa-2.
    const taken = new Set((packs ?? []).map((p) => p.slug));
    let slug = content.slug;
    for (let n = 2; taken.has(slug); n += 1) slug = `${content.slug}-${n}`;
    void create({ ...content, slug });
  };

  return (
    <section className="bl-page">
      <h1>{t('packs')}</h1>
      <p>{t('packListIntro')}</p>
      {failed && <p role="alert" className="bl-error">{t('loadFailed')}</p>}
      {packs === null && !failed && <p aria-busy="true">{t('loading')}</p>}
      {packs && packs.length === 0 && <p>{t('noPacks')}</p>}
      {packs && packs.length > 0 && (
        <ul className="pk-list">
          {packs.map((pack) => {
            const pname = localize(pack.name, lang) || pack.slug;
            return (
              <li key={pack.id}>
                <Link to={`/${lang}/designer/${pack.id}`} aria-label={t('openPack', { name: pname })}>{pname}</Link>
                <span className="pk-meta">
                  {pack.editable === false && <> · {t('readOnly')}</>}
                  {pack.versions.length > 0 && <> · {t('versions', { n: pack.versions.length })}</>}
                  {pack.draftUpdatedAt && <> · {t('updated', { at: formatDateTime(pack.draftUpdatedAt, lang) })}</>}
                </span>{' '}
                <DraftStatusBadge status={pack.draftStatus} />
                {pack.review && <span className="pk-badge pk-badge-warn">{p('reviewBadge')}</span>}
              </li>
            );
          })}
        </ul>
      )}
      <div className="pk-actions">
        <form onSubmit={submit} className="pk-new">
          <h2>{t('newPack')}</h2>
          <label htmlFor="new-pack-name">{t('newPackName')}</label>
          <input id="new-pack-name" value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="bl-primary">{t('create')}</button>
        </form>
        <div>
          <h2>{t('importPack')}</h2>
          <PackFileInput id="import-pack" label={t('importFile')} onContent={(content) => void create(content)} />
        </div>
      </div>
      {error && (error.code === 'conflict' ? <p role="alert" className="bl-error">{t('slugTaken')}</p>
        : error.fields.length > 0 ? <ImportErrors errors={error.fields} /> : <p role="alert" className="bl-error">{error.message}</p>)}
    </section>
  );
}
