/**
 * One pack for the coordinator: its versions (retire with confirmation), a diff between any two
 * versions or the draft, and the review step that publishes the draft as the next version.
 */
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { localize } from '../../form-library/format/localize';
import type { FormPackContent } from '../../form-library/format/types';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { commonTexts, packTexts } from '../../i18n/catalogs/builder';
import { useStaffSession } from '../shell/session';
import { ApiErrorMessage } from '../requests/ApiErrorMessage';
import { packChanged } from '../../form-library/diff';
import { getDraftIfReadable, getVersion, listVersions, retireVersion, type PackDraft, type ReviewRequest, type VersionSummary } from './api';
import { ConfirmDialog } from './confirm/ConfirmDialog';
import { PackDiff } from './diff/PackDiff';
import { formatDateTime } from '../../i18n/intl-format';
import { LoadState } from '../requests/LoadState';
import type { ChangeCheck } from './review/Checklist';
import { ReviewPublish } from './review/ReviewPublish';
import { ReviewRequestPanel } from './review/ReviewRequestPanel';
import { useLoad } from '../requests/use-load';
import { useAction } from '../requests/use-action';

interface PackData {
  /** The draft and its review request, or null for someone who may read only the published versions. */
  draft: PackDraft | null;
  /** What the page shows: the draft, else the latest published version. */
  content: FormPackContent;
  versions: VersionSummary[];
  /** The latest version and whether the draft changes it (the diff's verdict); null before the first. */
  changes: ChangeCheck | null;
}

export function PackDetail() {
  const t = useTexts(packTexts);
  const lang = useLang();
  const { me } = useStaffSession();
  const packId = Number(useParams().packId);
  const [status, setStatus] = useState('');
  const [loaded, reload] = useLoad<PackData>(async () => {
    const [draft, versions] = await Promise.all([getDraftIfReadable(packId), listVersions(packId)]);
    const latest = versions.length ? Math.max(...versions.map((v) => v.version)) : null;
    const latestContent = latest === null ? null : (await getVersion(packId, latest)).content;
    const content = draft?.content ?? latestContent;
    if (!content) throw new Error('A pack without a readable draft has a published version');
    const changes = latest === null || !draft || !latestContent ? null : { version: latest, changed: packChanged(latestContent, draft.content) };
    return { draft, content, versions, changes };
  }, [packId]);
  const coordinator = me.role === 'coordinator';

  return (
    <section className="bl-page">
      <p><Link to={`/${lang}/packs`}>{t('back')}</Link></p>
      {loaded.state !== 'ready' ? (
        <>
          <h1>{t('title')}</h1>
          <LoadState loaded={loaded} onRetry={() => void reload()} />
        </>
      ) : (
        <>
          <h1>{t('packTitle', { name: localize(loaded.value.content.name, lang) || loaded.value.content.slug })}</h1>
          <p>{localize(loaded.value.content.description, lang)}</p>
          <p role="status" className="pk-status pk-status-ok">{status}</p>
          {!coordinator && <p className="pk-hint">{t('onlyCoordinator')}</p>}
          <h2>{t('services')}</h2>
          <ul>
            {loaded.value.content.services.map((s) => (
              <li key={s.id}>{localize(s.name, lang) || s.id}</li>
            ))}
          </ul>
          {/* Only those who may read the draft are offered it; others read the published versions. */}
          {loaded.value.draft && <p><Link to={`/${lang}/packs/${packId}/draft`}>{t('readDraft')}</Link></p>}
          {(me.role === 'coordinator' || me.role === 'designer') && (
            <p><Link to={`/${lang}/designer/${packId}`}>{t('designerLink')}</Link></p>
          )}
          {coordinator && loaded.value.draft?.review && <ReviewBanner review={loaded.value.draft.review} />}
          <VersionTable packId={packId} versions={loaded.value.versions} canRetire={coordinator} onRetired={(v) => void reload().then(() => setStatus(t('retiredDone', { version: v })))} />
          <DiffSection packId={packId} draft={loaded.value.draft?.content ?? null} versions={loaded.value.versions} />
          {me.role === 'designer' && loaded.value.draft && (
            <ReviewRequestPanel
              packId={packId}
              draft={loaded.value.draft.content}
              changes={loaded.value.changes}
              review={loaded.value.draft.review}
              onChanged={(done) => void reload().then(() => setStatus(done))}
            />
          )}
          {coordinator && loaded.value.draft && (
            <ReviewPublish
              packId={packId}
              draft={loaded.value.draft.content}
              changes={loaded.value.changes}
              nextVersion={Math.max(0, ...loaded.value.versions.map((v) => v.version)) + 1}
              // Announce only once the list shows the new version, so what is said and shown agree.
              onPublished={(v) => void reload().then(() => setStatus(t('published', { version: v })))}
            />
          )}
        </>
      )}
    </section>
  );
}

/** What a designer asked of the coordinators, and whether the draft changed since. */
function ReviewBanner({ review }: { review: ReviewRequest }) {
  const t = useTexts(packTexts);
  const lang = useLang();
  return (
    <div className="pk-review-banner" role="note">
      <p><strong>{t('reviewBadge')}:</strong> {t('requestBanner', { who: review.requestedBy?.name ?? t('someone'), at: formatDateTime(review.requestedAt, lang) })}</p>
      {review.message && <blockquote className="pk-quote">{review.message}</blockquote>}
      {review.changedSince && <p className="pk-hint">{t('changedSinceRequest')}</p>}
    </div>
  );
}

function VersionTable({ packId, versions, canRetire, onRetired }: { packId: number; versions: VersionSummary[]; canRetire: boolean; onRetired: (version: number) => void }) {
  const t = useTexts(packTexts);
  const c = useTexts(commonTexts);
  const lang = useLang();
  const [asking, setAsking] = useState<number | null>(null);
  const { busy, error, run } = useAction();

  async function retire(version: number) {
    const done = await run(() => retireVersion(packId, version));
    setAsking(null);
    if (done.ok) onRetired(version);
  }

  return (
    <section className="pk-section" aria-labelledby="pk-versions">
      <h2 id="pk-versions">{t('versions')}</h2>
      {error !== null && <ApiErrorMessage error={error} />}
      {versions.length === 0 ? (
        <p>{t('noVersions')}</p>
      ) : (
        <table className="pk-table">
          <thead>
            <tr>
              <th scope="col">{t('colVersion')}</th>
              <th scope="col">{t('colPublished')}</th>
              <th scope="col">{t('colChangelog')}</th>
              <th scope="col">{t('colState')}</th>
              <th scope="col">{t('colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {[...versions].reverse().map((v) => (
              <tr key={v.version}>
                <th scope="row">{v.version}</th>
                <td>{formatDateTime(v.publishedAt, lang)}</td>
                <td>{v.changelog}</td>
                <td>{v.retired ? <span className="pk-badge pk-badge-warn">{t('stateRetired')}</span> : <span className="pk-badge pk-badge-ok">{t('stateActive')}</span>}</td>
                <td>
                  <Link to={`/${lang}/packs/${packId}/versions/${v.version}`}>{t('viewVersion', { version: v.version })}</Link>
                  {canRetire && !v.retired && (
                    <>
                      {' '}
                      <button type="button" onClick={() => setAsking(v.version)}>
                        {t('retire', { version: v.version })}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={t('retireTitle', { version: asking ?? '' })}
        confirmLabel={t('retireConfirm')}
        cancelLabel={c('cancel')}
        busyLabel={t('retiring')}
        busy={busy}
        danger
        onCancel={() => setAsking(null)}
        onConfirm={() => asking !== null && void retire(asking)}
      >
        <p>{t('retireBody', { version: asking ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

/** `draft` null: the caller reads only published versions, so they are compared among themselves. */
function DiffSection({ packId, draft, versions }: { packId: number; draft: FormPackContent | null; versions: VersionSummary[] }) {
  const t = useTexts(packTexts);
  const numbers = versions.map((v) => v.version).sort((a, b) => a - b);
  const latest = numbers.length ? String(numbers[numbers.length - 1]) : null;
  const [from, setFrom] = useState<string>(draft ? (latest ?? 'draft') : String(numbers[Math.max(0, numbers.length - 2)] ?? ''));
  const [to, setTo] = useState<string>(draft ? 'draft' : (latest ?? ''));
  const contentOf = useCallback(
    async (key: string): Promise<FormPackContent> => (key === 'draft' && draft ? draft : (await getVersion(packId, Number(key))).content),
    [packId, draft],
  );
  const [loaded, reload] = useLoad(async () => {
    const [a, b] = await Promise.all([contentOf(from), contentOf(to)]);
    return { a, b };
  }, [contentOf, from, to]);

  if (!latest) return null;
  const options = [
    ...versions.map((v) => ({ key: String(v.version), label: t('versionOption', { version: v.version }) })),
    ...(draft ? [{ key: 'draft', label: t('draftOption') }] : []),
  ];
  return (
    <section className="pk-section" aria-labelledby="pk-diff">
      <h2 id="pk-diff">{t('diffTitle')}</h2>
      <div className="pk-row">
        <label className="pk-field">
          {t('diffFrom')}
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            {options.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}
          </select>
        </label>
        <label className="pk-field">
          {t('diffTo')}
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            {options.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}
          </select>
        </label>
      </div>
      <LoadState loaded={loaded} onRetry={() => void reload()} />
      {loaded.state === 'ready' && (
        <div aria-live="polite">
          <PackDiff before={loaded.value.a} after={loaded.value.b} />
        </div>
      )}
    </section>
  );
}
