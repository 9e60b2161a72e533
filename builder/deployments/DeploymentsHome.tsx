/**
 * The admin's deployments: each deployed service with its version (and whether it needs or may
 * have an upgrade), the municipalities it covers, withdraw with confirmation; then the library
 * of published services this kind of authority may deploy.
 */
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { AuthorityKind } from '../../form-library/format/types';
import { localize } from '../../form-library/format/localize';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { commonTexts, deploymentSettingsTexts, deploymentTexts } from '../../i18n/catalogs/builder';
import { type TextsOf } from '../../i18n/translate';
import { APPEAL_TITLES } from '../../workflows/decision/appeal';
import { ApiErrorMessage } from '../requests/ApiErrorMessage';
import { ConfirmDialog } from '../packs/confirm/ConfirmDialog';
import { LoadState } from '../requests/LoadState';
import { useLoad } from '../requests/use-load';
import { withdrawDeployment, type Deployment } from './api';
import { loadAdminData, municipalityName, type AdminData } from './admin-data';
import { upgradeStatus } from './deployable';
import { ProcessingEstimateNote } from '../../ui/estimates/ProcessingEstimateNote';
import { useServiceNames } from './use-service-names';
import { useAction } from '../requests/use-action';
import { LibraryList } from './LibraryList';
import { liveServicePath } from './library-view';

type Msg = TextsOf<typeof deploymentTexts>;

export function kindName(t: Msg, kind: AuthorityKind): string {
  return { municipality: t('kindMunicipality'), rescue: t('kindRescue'), police: t('kindPolice'), wellbeing: t('kindWellbeing'), national: t('kindNational') }[kind];
}

/** What the deploy and upgrade screens hand back on arrival: the sentence to say, and the live service's address. */
function doneState(state: unknown): { done: string; live: string | null } {
  if (typeof state !== 'object' || state === null || !('done' in state)) return { done: '', live: null };
  return { done: String(state.done), live: 'live' in state && typeof state.live === 'string' ? state.live : null };
}

export function DeploymentsHome({ authorityId }: { authorityId: string }) {
  const t = useTexts(deploymentTexts);
  const c = useTexts(commonTexts);
  const lang = useLang();
  const location = useLocation();
  const arrived = doneState(location.state);
  const [status, setStatus] = useState<string>(arrived.done);
  // After a deploy, the way to the service as customers now see it.
  const [live, setLive] = useState<string | null>(arrived.live);
  const [loaded, reload] = useLoad(() => loadAdminData(authorityId), [authorityId]);
  const data = loaded.state === 'ready' ? loaded.value : null;
  const names = useServiceNames(data);
  const serviceName = names.nameOf;

  return (
    <section className="bl-page">
      <h1>{t('title')}</h1>
      {data && <p>{t('intro', { authority: localize(data.authority.name, lang) })}</p>}
      <p role="status" className="pk-status pk-status-ok">{status}</p>
      {live && status && <p><a href={live}>{t('openLive')}</a></p>}
      <LoadState loaded={loaded} onRetry={() => void reload()} />
      {data && !names.ready && <p>{c('loading')}</p>}
      {data && names.ready && (
        <>
          <h2>{t('current')}</h2>
          {data.deployments.filter((d) => d.active).length === 0 ? (
            <p>{t('noDeployments')}</p>
          ) : (
            <ul className="pk-cards">
              {data.deployments.filter((d) => d.active).map((d) => (
                <DeploymentCard key={d.id} d={d} data={data} name={serviceName(d)} onWithdrawn={(name) => { setStatus(t('withdrawn', { service: name })); setLive(null); void reload(); }} />
              ))}
            </ul>
          )}
          {data.deployments.some((d) => !d.active) && (
            <details>
              <summary>{t('withdrawnTitle')} ({data.deployments.filter((d) => !d.active).length})</summary>
              <ul>
                {data.deployments.filter((d) => !d.active).map((d) => (
                  <li key={d.id}>{serviceName(d)} – {t('version', { version: d.packVersion })}</li>
                ))}
              </ul>
            </details>
          )}
          <h2>{t('library')}</h2>
          <p>{t('libraryIntro', { kind: kindName(t, data.authority.kind) })}</p>
          {data.library.length === 0 ? <p>{t('noLibrary')}</p> : <LibraryList data={data} />}
        </>
      )}
    </section>
  );
}

function DeploymentCard({ d, data, name, onWithdrawn }: { d: Deployment; data: AdminData; name: string; onWithdrawn: (name: string) => void }) {
  const t = useTexts(deploymentTexts);
  const c = useTexts(commonTexts);
  const s = useTexts(deploymentSettingsTexts);
  const lang = useLang();
  const [asking, setAsking] = useState(false);
  const { busy, error, run } = useAction();
  const pack = data.packs.get(d.packId);
  const up = upgradeStatus(d.packVersion, pack?.versions ?? []);
  const places = d.municipalities.map((code) => municipalityName(data.municipalities.get(code), code, lang));
  const live = liveServicePath(lang, d);

  async function withdraw() {
    const done = await run(() => withdrawDeployment(d.id));
    setAsking(false);
    if (done.ok) onWithdrawn(name);
  }

  return (
    <li className="pk-card">
      <h3>{name}</h3>
      <p>
        {t('version', { version: d.packVersion })}
        {up.needsUpgrade && <span className="pk-badge pk-badge-warn">{t('needsUpgrade')}</span>}
        {!up.needsUpgrade && up.newer !== null && <span className="pk-badge">{t('upgradeAvailable', { version: up.newer })}</span>}
      </p>
      <div>
        <strong>{t('covers', { count: places.length })}:</strong>{' '}
        <ul className="pk-inline-list">{places.map((p, i) => <li key={i}>{p}</li>)}</ul>
      </div>
      {d.respondWithinDays !== null && <p>{t('respondWithin', { days: d.respondWithinDays })}</p>}
      <ProcessingEstimateNote estimate={d.estimate} texts={t} classes={{ detail: 'pk-hint' }} />
      {d.contactText && <p><strong>{t('contact')}:</strong> {d.contactText}</p>}
      {d.privacyNotice && (
        <p>
          <strong>{t('privacyLegend')}:</strong>{' '}
          {d.privacyNotice.kind === 'url' ? <a href={d.privacyNotice.url}>{d.privacyNotice.url}</a> : t('privacyOwnText')}
        </p>
      )}
      {live && <p><a href={live} aria-label={`${t('openLive')}: ${name}`}>{t('openLive')}</a></p>}
      {error !== null && <ApiErrorMessage error={error} />}
      {d.appeal && <p><strong>{s('appeal')}:</strong> {APPEAL_TITLES[d.appeal.kind][lang]}</p>}
      <div className="pk-row">
        <Link to={`/${lang}/deployments/${d.id}/settings`} aria-label={`${s('edit')}: ${name}`}>{s('edit')}</Link>
        {up.newer !== null && (
          <Link to={`/${lang}/deployments/${d.id}/upgrade`} aria-label={`${t('upgrade')}: ${name}`}>{t('upgrade')}</Link>
        )}
        <button type="button" onClick={() => setAsking(true)} aria-label={`${t('withdraw')}: ${name}`}>{t('withdraw')}</button>
      </div>
      <ConfirmDialog
        open={asking}
        title={t('withdrawTitle', { service: name })}
        confirmLabel={t('withdraw')}
        cancelLabel={c('cancel')}
        busyLabel={t('withdrawing')}
        busy={busy}
        danger
        onCancel={() => setAsking(false)}
        onConfirm={() => void withdraw()}
      >
        <p>{t('withdrawBody', { municipalities: places.join(', ') })}</p>
      </ConfirmDialog>
    </li>
  );
}
