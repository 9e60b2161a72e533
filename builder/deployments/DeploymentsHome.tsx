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
import { commonTexts, deploymentTexts } from '../../i18n/catalogs/builder';
import { type TextsOf } from '../../i18n/translate';
import { ApiErrorMessage } from '../requests/ApiErrorMessage';
import { ConfirmDialog } from '../packs/confirm/ConfirmDialog';
import { LoadState } from '../requests/LoadState';
import { useLoad } from '../requests/useLoad';
import { withdrawDeployment, type Deployment } from './api';
import { loadAdminData, municipalityName, type AdminData } from './adminData';
import { upgradeStatus } from './deployable';
import { useServiceNames } from './useServiceNames';
import { useAction } from '../requests/useAction';

type Msg = TextsOf<typeof deploymentTexts>;

export function kindName(t: Msg, kind: AuthorityKind): string {
  return { municipality: t('kindMunicipality'), rescue: t('kindRescue'), police: t('kindPolice'), wellbeing: t('kindWellbeing'), national: t('kindNational') }[kind];
}

export function DeploymentsHome({ authorityId }: { authorityId: string }) {
  const t = useTexts(deploymentTexts);
  const c = useTexts(commonTexts);
  const lang = useLang();
  const location = useLocation();
  const [status, setStatus] = useState<string>(typeof location.state === 'object' && location.state && 'done' in location.state ? String(location.state.done) : '');
  const [loaded, reload] = useLoad(() => loadAdminData(authorityId), [authorityId]);
  const data = loaded.state === 'ready' ? loaded.value : null;
  const names = useServiceNames(data);
  const serviceName = names.nameOf;

  return (
    <section className="bl-page">
      <h1>{t('title')}</h1>
      {data && <p>{t('intro', { authority: localize(data.authority.name, lang) })}</p>}
      <p role="status" className="pk-status pk-status-ok">{status}</p>
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
                <DeploymentCard key={d.id} d={d} data={data} name={serviceName(d)} onWithdrawn={(name) => { setStatus(t('withdrawn', { service: name })); void reload(); }} />
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
          {data.library.length === 0 ? (
            <p>{t('noLibrary')}</p>
          ) : (
            <ul className="pk-cards">
              {data.library.map((item) => {
                const name = localize(item.service.name, lang);
                const covered = data.deployments.filter((d) => d.active && d.packId === item.packId && d.serviceId === item.service.id).flatMap((d) => d.municipalities).length;
                return (
                  <li key={`${item.packId}:${item.service.id}`} className="pk-card">
                    <h3>{name}</h3>
                    <p className="pk-hint">{t('pack', { name: localize(item.packName, lang) })} · {t('version', { version: item.version })}{covered > 0 && ` · ${t('deployedAlready', { count: covered })}`}</p>
                    <p>{localize(item.service.description, lang)}</p>
                    <Link to={`/${lang}/deployments/new?pack=${item.packId}&service=${encodeURIComponent(item.service.id)}`} aria-label={`${t('deploy')}: ${name}`}>
                      {t('deploy')}
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function DeploymentCard({ d, data, name, onWithdrawn }: { d: Deployment; data: AdminData; name: string; onWithdrawn: (name: string) => void }) {
  const t = useTexts(deploymentTexts);
  const c = useTexts(commonTexts);
  const lang = useLang();
  const [asking, setAsking] = useState(false);
  const { busy, error, run } = useAction();
  const pack = data.packs.get(d.packId);
  const up = upgradeStatus(d.packVersion, pack?.versions ?? []);
  const places = d.municipalities.map((code) => municipalityName(data.municipalities.get(code), code, lang));

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
      {d.contactText && <p><strong>{t('contact')}:</strong> {d.contactText}</p>}
      {d.privacyNotice && (
        <p>
          <strong>{t('privacyLegend')}:</strong>{' '}
          {d.privacyNotice.kind === 'url' ? <a href={d.privacyNotice.url}>{d.privacyNotice.url}</a> : t('privacyOwnText')}
        </p>
      )}
      {error !== null && <ApiErrorMessage error={error} />}
      <div className="pk-row">
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
