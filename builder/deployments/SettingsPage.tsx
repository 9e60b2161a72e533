/**
 * A running deployment's settings: the response time and contact text customers are shown, and the
 * appeal instructions (oikaisuvaatimusohje or valitusosoitus) every decision of the service carries.
 */
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { deploymentSettingsTexts, deploymentTexts } from '../../i18n/catalogs/builder';
import { APPEAL_KINDS, APPEAL_TITLES } from '../../workflows/decision/appeal';
import { ApiErrorMessage } from '../requests/ApiErrorMessage';
import { LoadState } from '../requests/LoadState';
import { useAction } from '../requests/use-action';
import { useLoad } from '../requests/use-load';
import { updateDeploymentSettings, type Deployment } from './api';
import { loadAdminData } from './admin-data';
import { chooseAppealKind, draftOf, settingsBody, settingsProblems, type SettingsDraft } from './deployment-settings';
import { useServiceNames } from './use-service-names';

export function SettingsPage({ authorityId }: { authorityId: string }) {
  const t = useTexts(deploymentTexts);
  const s = useTexts(deploymentSettingsTexts);
  const lang = useLang();
  const deploymentId = Number(useParams().deploymentId);
  const [loaded, reload] = useLoad(() => loadAdminData(authorityId), [authorityId]);
  const data = loaded.state === 'ready' ? loaded.value : null;
  const names = useServiceNames(data);
  const d = data?.deployments.find((x) => x.id === deploymentId && x.active);
  return (
    <section className="bl-page">
      <p><Link to={`/${lang}/deployments`}>{t('back')}</Link></p>
      {!data || (d && !names.ready) ? (
        <>
          <h1>{s('edit')}</h1>
          <LoadState loaded={loaded} onRetry={() => void reload()} />
        </>
      ) : !d ? (
        <>
          <h1>{s('edit')}</h1>
          <p>{s('notFound')}</p>
        </>
      ) : (
        <SettingsForm deployment={d} serviceName={names.nameOf(d)} />
      )}
    </section>
  );
}

function SettingsForm({ deployment, serviceName }: { deployment: Deployment; serviceName: string }) {
  const t = useTexts(deploymentTexts);
  const s = useTexts(deploymentSettingsTexts);
  const lang = useLang();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(deployment));
  const [tried, setTried] = useState(false);
  const { busy, error, run } = useAction();
  const errorRef = useRef<HTMLDivElement>(null);
  const problems = tried ? settingsProblems(draft) : [];

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (settingsProblems(draft).length > 0) {
      setTimeout(() => errorRef.current?.focus(), 0);
      return;
    }
    const done = await run(() => updateDeploymentSettings(deployment.id, settingsBody(draft)));
    if (done.ok) navigate(`/${lang}/deployments`, { state: { done: s('saved', { service: serviceName }) } });
    else setTimeout(() => errorRef.current?.focus(), 0);
  }

  const texts = [
    { lang: 'fi', label: s('textFi') },
    { lang: 'sv', label: s('textSv') },
    { lang: 'en', label: s('textEn') },
  ] as const;
  return (
    <>
      <h1>{s('title', { service: serviceName })}</h1>
      <p>{s('lead')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="pk-form">
        {(error !== null || problems.length > 0) && (
          <div ref={errorRef} tabIndex={-1} role="alert" className="bl-error-box">
            {problems.length > 0 ? <ul>{problems.map((p) => <li key={p}>{s(p)}</li>)}</ul> : <ApiErrorMessage error={error} />}
          </div>
        )}
        <div className="pk-field">
          <label htmlFor="ds-days">{t('respondDays')}</label>
          <p className="pk-hint" id="ds-days-help">{t('respondHelp')}</p>
          <input id="ds-days" type="number" min={1} max={365} inputMode="numeric" value={draft.days} style={{ width: '7rem' }}
            onChange={(e) => setDraft({ ...draft, days: e.target.value })}
            aria-invalid={problems.includes('daysInvalid') ? true : undefined} aria-describedby="ds-days-help" />
        </div>
        <div className="pk-field">
          <label htmlFor="ds-contact">{t('contactText')}</label>
          <p className="pk-hint" id="ds-contact-help">{t('contactHelp')}</p>
          <textarea id="ds-contact" value={draft.contact} maxLength={2000} aria-describedby="ds-contact-help"
            onChange={(e) => setDraft({ ...draft, contact: e.target.value })} />
        </div>
        <fieldset className="pk-field">
          <legend>{s('appeal')}</legend>
          <p className="pk-hint">{s('appealHelp')}</p>
          {(['none', ...APPEAL_KINDS] as const).map((kind) => (
            <label key={kind}>
              <input type="radio" name="ds-appeal" value={kind} checked={draft.appealKind === kind} onChange={() => setDraft(chooseAppealKind(draft, kind))} />{' '}
              {kind === 'none' ? s('appealNone') : APPEAL_TITLES[kind][lang]}
            </label>
          ))}
        </fieldset>
        {draft.appealKind !== 'none' && texts.map((x) => (
          <div className="pk-field" key={x.lang}>
            <label htmlFor={`ds-appeal-${x.lang}`}>{x.label}</label>
            <textarea id={`ds-appeal-${x.lang}`} rows={6} maxLength={5000} value={draft.appealText[x.lang]}
              aria-invalid={x.lang === 'fi' && problems.includes('textFiMissing') ? true : undefined}
              onChange={(e) => setDraft({ ...draft, appealText: { ...draft.appealText, [x.lang]: e.target.value } })} />
          </div>
        ))}
        <p>
          <button type="submit" className="bl-primary" disabled={busy} aria-busy={busy}>{busy ? s('saving') : s('save')}</button>
        </p>
        <p role="status" className="pk-hint">{busy ? s('saving') : ''}</p>
      </form>
    </>
  );
}
