/** "Add a service": the project kind's services offered in the project's municipality that it does not hold yet. */
import { useState, type FormEvent } from 'react';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { projectTexts } from '../../../i18n/catalogs/project';
import { reasonOf } from '../page-kit';
import { useLoad } from '../use-load';
import { projectsApi, type Project } from './projects-api';

export function AddServicePanel({ project, onAdded }: { project: Project; onAdded(message: string): void }) {
  const t = useTexts(projectTexts);
  const lang = useLang();
  const kinds = useLoad(() => projectsApi.kinds(project.municipality.code, lang), `kinds|${project.municipality.code}|${lang}`);
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const held = new Set(project.permits.map((p) => p.deploymentId));
  const offered = (kinds.data?.find((k) => k.packSlug === project.kind.packSlug)?.services ?? []).filter((s) => !held.has(s.deploymentId));

  async function add(event: FormEvent) {
    event.preventDefault();
    const service = offered.find((s) => String(s.deploymentId) === choice);
    if (!service) {
      setError(t('errChooseService'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await projectsApi.addPermit(project.id, service.deploymentId, lang);
      setChoice('');
      onAdded(t('permitAdded', { service: service.name }));
    } catch (err) {
      setError(t('addFailed', { reason: reasonOf(err) }));
    } finally {
      setBusy(false);
    }
  }

  if (kinds.loading && !kinds.data) return null;
  if (offered.length === 0) return <p className="hint">{t('allServicesAdded')}</p>;
  return (
    <form className="add-service" onSubmit={(e) => void add(e)} noValidate>
      <h3 id="add-service-heading">{t('addService')}</h3>
      <div className={error ? 'field-row field--error' : 'field-row'}>
        <label htmlFor="add_service" className="label">{t('serviceToAdd', { municipality: project.municipality.name })}</label>
        {error && <p className="error-text" id="add_service__error" role="alert">{error}</p>}
        <select id="add_service" className="input" value={choice} onChange={(e) => setChoice(e.target.value)} aria-describedby={error ? 'add_service__error' : undefined} aria-invalid={error ? true : undefined}>
          <option value="">{t('chooseService')}</option>
          {offered.map((s) => <option key={s.deploymentId} value={s.deploymentId}>{s.name} – {s.authority.name}</option>)}
        </select>
      </div>
      <button type="submit" className="button button--secondary" disabled={busy} aria-disabled={busy}>
        {busy ? (<><span className="spinner" aria-hidden="true" /> {t('adding')}</>) : t('addServiceButton')}
      </button>
    </form>
  );
}
