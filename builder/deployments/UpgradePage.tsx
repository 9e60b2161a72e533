/**
 * Upgrading a deployment: pick a newer version, read what changed in this service (and the
 * version's changelog), then upgrade. Submissions already sent keep their version.
 */
import { useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { localize } from '../../form-library/format/localize';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { deploymentTexts } from '../../i18n/catalogs/builder';
import { ApiErrorMessage } from '../requests/ApiErrorMessage';
import { PackDiff } from '../packs/diff/PackDiff';
import { LoadState } from '../requests/LoadState';
import { useLoad } from '../requests/use-load';
import { upgradeDeployment } from './api';
import { loadAdminData } from './admin-data';
import { deployableVersions, versionContent } from './deployable';
import { refusalSentences } from './refusal';
import { listVersions } from '../packs/api';
import { useAction } from '../requests/use-action';

export function UpgradePage({ authorityId }: { authorityId: string }) {
  const t = useTexts(deploymentTexts);
  const lang = useLang();
  const navigate = useNavigate();
  const deploymentId = Number(useParams().deploymentId);
  const [loaded, reload] = useLoad(async () => {
    const data = await loadAdminData(authorityId);
    const d = data.deployments.find((x) => x.id === deploymentId && x.active);
    if (!d) return { data, d: null, versions: [], current: null };
    const [versions, current] = await Promise.all([listVersions(d.packId), versionContent(d.packId, d.packVersion)]);
    return { data, d, versions, current };
  }, [authorityId, deploymentId]);
  const [target, setTarget] = useState<number | null>(null);
  const { busy, error, run } = useAction();
  const errorRef = useRef<HTMLDivElement>(null);

  const ready = loaded.state === 'ready' ? loaded.value : null;
  const d = ready?.d ?? null;
  const newer = d && ready ? deployableVersions(ready.versions).filter((v) => v.version > d.packVersion) : [];
  const chosen = target ?? newer[0]?.version ?? null;
  const [targetLoaded] = useLoad(async () => (d && chosen !== null ? versionContent(d.packId, chosen) : null), [d?.packId, chosen]);
  const serviceName = d && ready?.current ? localize(ready.current.services.find((s) => s.id === d.serviceId)?.name, lang) || d.serviceId : '';

  async function upgrade() {
    if (!d || chosen === null) return;
    const done = await run(() => upgradeDeployment(d.id, chosen));
    if (done.ok) navigate(`/${lang}/deployments`, { state: { done: t('upgraded', { service: serviceName, version: chosen }) } });
    else setTimeout(() => errorRef.current?.focus(), 0);
  }

  const changelog = ready && chosen !== null ? ready.versions.filter((v) => v.version > (d?.packVersion ?? 0) && v.version <= chosen) : [];
  const sentences = ready ? refusalSentences(error, t, lang, ready.data.municipalities) : [];
  return (
    <section className="bl-page">
      <p><Link to={`/${lang}/deployments`}>{t('back')}</Link></p>
      {!ready ? (
        <>
          <h1>{t('upgrade')}</h1>
          <LoadState loaded={loaded} onRetry={() => void reload()} />
        </>
      ) : !d || !ready.current ? (
        <>
          <h1>{t('upgrade')}</h1>
          <p>{t('notFound')}</p>
        </>
      ) : (
        <>
          <h1>{t('upgradeTitle', { service: serviceName })}</h1>
          <p>{t('upgradeIntro', { version: d.packVersion })}</p>
          {newer.length === 0 ? (
            <p>{t('noNewer')}</p>
          ) : (
            <>
              <div className="pk-field">
                <label htmlFor="up-version">{t('upgradeTo')}</label>
                <select id="up-version" value={chosen ?? ''} onChange={(e) => setTarget(Number(e.target.value))} style={{ width: '10rem' }}>
                  {newer.map((v) => <option key={v.version} value={v.version}>{v.version}</option>)}
                </select>
              </div>
              <h2>{t('changesTitle', { from: d.packVersion, to: chosen ?? '' })}</h2>
              {changelog.map((v) => v.changelog && <p key={v.version} className="pk-hint">{t('changelogOf', { version: v.version, text: v.changelog })}</p>)}
              <LoadState loaded={targetLoaded} onRetry={() => void reload()} />
              {targetLoaded.state === 'ready' && targetLoaded.value && (
                <div aria-live="polite">
                  <PackDiff before={ready.current} after={targetLoaded.value} serviceId={d.serviceId} />
                </div>
              )}
              {error !== null && (
                <div ref={errorRef} tabIndex={-1} role="alert" className="bl-error-box">
                  <p className="bl-error">{t('refused')}</p>
                  {sentences.length > 0 ? <ul>{sentences.map((s, i) => <li key={i}>{s}</li>)}</ul> : <ApiErrorMessage error={error} />}
                </div>
              )}
              <p>
                <button type="button" className="bl-primary" onClick={() => void upgrade()} disabled={busy || targetLoaded.state !== 'ready'} aria-busy={busy}>
                  {busy ? t('upgrading') : t('confirmUpgrade', { version: chosen ?? '' })}
                </button>
              </p>
              <p role="status" className="pk-hint">{busy ? t('upgrading') : ''}</p>
            </>
          )}
        </>
      )}
    </section>
  );
}
