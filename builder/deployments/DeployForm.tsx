/**
 * Deploying one service of the library: which version, which municipalities (whole area or
 * some), the respond-within days, the authority's contact text for customers and its own privacy
 * notice for the service (a link or a text; without one, Kevyt's general notice). A refusal says
 * why: another authority already serves a municipality, or texts are missing in a language one
 * of the municipalities officially uses.
 */
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { localize } from '../../form-library/format/localize';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { deploymentTexts } from '../../i18n/catalogs/builder';
import { ApiError } from '../../ui/api/http';
import { ApiErrorMessage } from '../requests/ApiErrorMessage';
import { formatDateTime } from '../../i18n/intl-format';
import { LoadState } from '../requests/LoadState';
import { useLoad } from '../requests/use-load';
import { createDeployment } from './api';
import { loadAdminData } from './admin-data';
import { deployableVersions } from './deployable';
import { liveServicePath } from './library-view';
import { MunicipalityPicker, type AreaChoice } from './MunicipalityPicker';
import { refusalSentences } from './refusal';
import { useAction } from '../requests/use-action';

export function DeployForm({ authorityId }: { authorityId: string }) {
  const t = useTexts(deploymentTexts);
  const lang = useLang();
  const [params] = useSearchParams();
  const packId = Number(params.get('pack'));
  const serviceId = params.get('service') ?? '';
  const [loaded, reload] = useLoad(() => loadAdminData(authorityId), [authorityId]);
  const data = loaded.state === 'ready' ? loaded.value : null;
  const item = data?.library.find((l) => l.packId === packId && l.service.id === serviceId);

  return (
    <section className="bl-page">
      <p><Link to={`/${lang}/deployments`}>{t('back')}</Link></p>
      {!data ? (
        <>
          <h1>{t('deploy')}</h1>
          <LoadState loaded={loaded} onRetry={() => void reload()} />
        </>
      ) : !item ? (
        <>
          <h1>{t('deploy')}</h1>
          <p>{t('noLibrary')}</p>
        </>
      ) : (
        <DeployFields data={data} packId={packId} serviceId={serviceId} serviceName={localize(item.service.name, lang)} />
      )}
    </section>
  );
}

function DeployFields({ data, packId, serviceId, serviceName }: { data: NonNullable<Awaited<ReturnType<typeof loadAdminData>>>; packId: number; serviceId: string; serviceName: string }) {
  const t = useTexts(deploymentTexts);
  const lang = useLang();
  const navigate = useNavigate();
  const versions = deployableVersions(data.packs.get(packId)?.versions ?? []);
  const [version, setVersion] = useState(versions[0]?.version ?? 1);
  const [area, setArea] = useState<AreaChoice>({ whole: true, selected: new Set() });
  const [days, setDays] = useState('');
  const [contact, setContact] = useState('');
  const [privacy, setPrivacy] = useState<'general' | 'url' | 'text'>('general');
  const [privacyUrl, setPrivacyUrl] = useState('');
  const [privacyText, setPrivacyText] = useState('');
  const [tried, setTried] = useState(false);
  const { busy, error, setError, run } = useAction();
  const errorRef = useRef<HTMLDivElement>(null);
  const areaMissing = !area.whole && area.selected.size === 0;
  const privacyMissing = (privacy === 'url' && privacyUrl.trim() === '') || (privacy === 'text' && privacyText.trim() === '');
  // The server decides what a valid address is; its refusal is shown at the field, in the admin's language.
  const refusedField = (path: string) => error instanceof ApiError && error.fields.some((f) => f.path === path);
  const urlProblem = (tried && privacy === 'url' && privacyUrl.trim() === '') || refusedField('privacyNoticeUrl') ? t('privacyUrlInvalid') : null;
  const textProblem = (tried && privacy === 'text' && privacyText.trim() === '') || refusedField('privacyNoticeText') ? t('privacyTextMissing') : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (areaMissing || privacyMissing) return;
    const daysNumber = days.trim() === '' ? null : Number(days);
    const done = await run(() =>
      createDeployment({
        packId,
        version,
        serviceId,
        ...(area.whole ? {} : { municipalities: [...area.selected].sort() }),
        respondWithinDays: daysNumber,
        contactText: contact.trim() === '' ? null : contact.trim(),
        privacyNoticeUrl: privacy === 'url' ? privacyUrl.trim() : null,
        privacyNoticeText: privacy === 'text' ? privacyText.trim() : null,
      }),
    );
    if (done.ok) {
      const covered = area.whole ? data.authority.municipalities : [...area.selected];
      navigate(`/${lang}/deployments`, { state: { done: t('deployed', { service: serviceName }), live: liveServicePath(lang, { id: done.value.id, municipalities: covered }) } });
    }
    else setTimeout(() => errorRef.current?.focus(), 0);
  }

  const sentences = refusalSentences(error, t, lang, data.municipalities);
  return (
    <>
      <h1>{t('deployTitle', { service: serviceName })}</h1>
      <form onSubmit={(e) => void submit(e)} noValidate className="pk-form">
        {error !== null && (
          <div ref={errorRef} tabIndex={-1} role="alert" className="bl-error-box">
            <p className="bl-error">{t('refused')}</p>
            {sentences.length > 0 ? (
              <ul>{sentences.map((s, i) => <li key={i}>{s}</li>)}</ul>
            ) : (
              <ApiErrorMessage error={error} />
            )}
          </div>
        )}
        <div className="pk-field">
          <label htmlFor="dp-version">{t('versionLabel')}</label>
          <select id="dp-version" value={version} onChange={(e) => setVersion(Number(e.target.value))}>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>{t('versionChoice', { version: v.version, date: formatDateTime(v.publishedAt, lang) })}</option>
            ))}
          </select>
        </div>
        <MunicipalityPicker area={data.authority.municipalities} municipalities={data.municipalities} value={area} onChange={setArea} invalid={tried && areaMissing} />
        <div className="pk-field">
          <label htmlFor="dp-days">{t('respondDays')}</label>
          <p className="pk-hint" id="dp-days-help">{t('respondHelp')}</p>
          <input id="dp-days" type="number" min={1} max={365} inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} aria-describedby="dp-days-help" style={{ width: '7rem' }} />
        </div>
        <div className="pk-field">
          <label htmlFor="dp-contact">{t('contactText')}</label>
          <p className="pk-hint" id="dp-contact-help">{t('contactHelp')}</p>
          <textarea id="dp-contact" value={contact} onChange={(e) => setContact(e.target.value)} aria-describedby="dp-contact-help" maxLength={2000} />
        </div>
        <fieldset className="pk-field" aria-describedby="dp-privacy-help">
          <legend>{t('privacyLegend')}</legend>
          <p className="pk-hint" id="dp-privacy-help">{t('privacyHelp')}</p>
          {(['general', 'url', 'text'] as const).map((choice) => (
            <label key={choice} className="pk-choice">
              <input type="radio" name="dp-privacy" value={choice} checked={privacy === choice} onChange={() => setPrivacy(choice)} />{' '}
              {{ general: t('privacyGeneral'), url: t('privacyUrlChoice'), text: t('privacyTextChoice') }[choice]}
            </label>
          ))}
          {privacy === 'url' && (
            <div className="pk-field">
              <label htmlFor="dp-privacy-url">{t('privacyUrlLabel')}</label>
              <p className="pk-hint" id="dp-privacy-url-help">{t('privacyUrlHelp')}</p>
              {urlProblem && <p className="bl-error" id="dp-privacy-url-error">{urlProblem}</p>}
              <input id="dp-privacy-url" type="url" inputMode="url" value={privacyUrl} onChange={(e) => setPrivacyUrl(e.target.value)} maxLength={500}
                aria-invalid={urlProblem ? true : undefined} aria-describedby={urlProblem ? 'dp-privacy-url-error dp-privacy-url-help' : 'dp-privacy-url-help'} />
            </div>
          )}
          {privacy === 'text' && (
            <div className="pk-field">
              <label htmlFor="dp-privacy-text">{t('privacyTextLabel')}</label>
              {textProblem && <p className="bl-error" id="dp-privacy-text-error">{textProblem}</p>}
              <textarea id="dp-privacy-text" value={privacyText} onChange={(e) => setPrivacyText(e.target.value)} maxLength={4000} rows={6}
                aria-invalid={textProblem ? true : undefined} aria-describedby={textProblem ? 'dp-privacy-text-error' : undefined} />
            </div>
          )}
        </fieldset>
        <p>
          <button type="submit" className="bl-primary" disabled={busy} aria-busy={busy}>{busy ? t('deploying') : t('submitDeploy')}</button>
        </p>
        <p role="status" className="pk-hint">{busy ? t('deploying') : ''}</p>
      </form>
    </>
  );
}
