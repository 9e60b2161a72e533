/**
 * Every pack this person may see, with its draft and its published versions: whether the draft
 * changed since its last publication, and first the drafts designers have sent for review.
 */
import { Link } from 'react-router-dom';
import { localize } from '../../form-library/format/localize';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { packTexts } from '../../i18n/catalogs/builder';
import { listPacks, type DraftStatus, type PackListItem } from './api';
import { formatDateTime } from '../../i18n/intl-format';
import { LoadState } from '../requests/LoadState';
import { useLoad } from '../requests/use-load';
import { useStaffSession } from '../shell/session';

const STATUS_BADGE: Record<DraftStatus, 'pk-badge-warn' | 'pk-badge-ok' | ''> = { changed: 'pk-badge-warn', unchanged: 'pk-badge-ok', unpublished: '' };

export function DraftStatusBadge({ status }: { status: DraftStatus | null }) {
  const t = useTexts(packTexts);
  if (!status) return null;
  const text = status === 'changed' ? t('draftChanged') : status === 'unchanged' ? t('draftUnchanged') : t('draftUnpublished');
  return <span className={`pk-badge ${STATUS_BADGE[status]}`}>{text}</span>;
}

export function PackList() {
  const t = useTexts(packTexts);
  const lang = useLang();
  const { me } = useStaffSession();
  const [loaded, reload] = useLoad(listPacks, []);
  const name = (p: PackListItem) => localize(p.name, lang) || p.slug;
  return (
    <section className="bl-page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <LoadState loaded={loaded} onRetry={() => void reload()} />
      {loaded.state === 'ready' && me.role === 'coordinator' && <WaitingForReview packs={loaded.value} name={name} />}
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
                    <Link to={`/${lang}/packs/${p.id}`}>{name(p)}</Link>
                  </th>
                  <td>{p.ownerAuthority ? localize(p.ownerAuthority.name, lang) : t('library')}</td>
                  <td>
                    {formatDateTime(p.draftUpdatedAt, lang)} <DraftStatusBadge status={p.draftStatus} />
                    {p.review && <span className="pk-badge pk-badge-warn">{t('reviewBadge')}</span>}
                  </td>
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

/** The coordinator's queue: drafts designers sent for review, oldest request first. */
function WaitingForReview({ packs, name }: { packs: PackListItem[]; name(p: PackListItem): string }) {
  const t = useTexts(packTexts);
  const lang = useLang();
  const waiting = packs.filter((p) => p.review !== null).sort((a, b) => (a.review?.requestedAt ?? '').localeCompare(b.review?.requestedAt ?? ''));
  return (
    <section className="pk-section" aria-labelledby="pk-waiting">
      <h2 id="pk-waiting">{t('waitingTitle')} ({waiting.length})</h2>
      {waiting.length === 0 ? (
        <p>{t('waitingNone')}</p>
      ) : (
        <ul className="pk-cards">
          {waiting.map((p) => (
            <li key={p.id} className="pk-card">
              <h3><Link to={`/${lang}/packs/${p.id}`}>{name(p)}</Link></h3>
              <p>{t('waitingItem', { who: p.review?.requestedBy?.name ?? t('someone'), at: formatDateTime(p.review?.requestedAt, lang) })}</p>
              {p.review?.message && <blockquote className="pk-quote">{p.review.message}</blockquote>}
              {p.review?.changedSince && <p className="pk-hint">{t('changedSinceRequest')}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
