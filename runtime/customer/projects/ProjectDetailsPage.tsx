/**
 * Changing a project's name and contact person. The contact goes with the permits sent from now on
 * (a strongly identified customer's receipts to the new address); permits already sent keep the
 * contact they were sent with, which the page says. A change made meanwhile elsewhere (409) is
 * said and the page loads the latest details.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { FieldError } from '../../../form-library/format/types';
import { ApiError } from '../../../ui/api/http';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { projectTexts } from '../../../i18n/catalogs/project';
import { ErrorSummary } from '../../form-renderer';
import { customerApi } from '../api';
import { PageHeading, reasonOf, usePath } from '../page-kit';
import { useLoad } from '../use-load';
import { ContactFields, contactBody, missingContact, type ContactValues } from './ContactFields';
import { LoadGate } from './LoadGate';
import { projectsApi, type Project } from './projects-api';

export function ProjectDetailsPage() {
  const { id = '' } = useParams();
  const lang = useLang();
  const t = useTexts(projectTexts);
  const project = useLoad(() => projectsApi.get(id, lang), `project|${id}|${lang}`);
  const signedIn = useLoad(() => customerApi.identification(), 'identification');
  const [conflict, setConflict] = useState<string | null>(null);
  if (!project.data || project.loading || !signedIn.data) {
    const notFound = <PageHeading title={t('projectNotFound')}>{t('projectNotFound')}</PageHeading>;
    return <LoadGate error={project.error ?? signedIn.error} loaded={false} onRetry={() => { project.reload(); signedIn.reload(); }} notFound={notFound} />;
  }
  return (
    <DetailsEdit key={project.data.version} project={project.data} askEmail={signedIn.data.identification === 'strong'} conflict={conflict}
      onConflict={(text) => { setConflict(text); project.reload(); }} />
  );
}

function DetailsEdit({ project, askEmail, conflict, onConflict }: { project: Project; askEmail: boolean; conflict: string | null; onConflict(text: string): void }) {
  const t = useTexts(projectTexts);
  const lang = useLang();
  const path = usePath();
  const [name, setName] = useState(project.name);
  const [contact, setContact] = useState<ContactValues>({ name: project.contact.name, phone: project.contact.phone ?? '', email: project.contact.email });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [showKey, setShowKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const done = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (saved) done.current?.focus();
  }, [saved]);

  function fail(list: FieldError[]) {
    setErrors(list);
    setShowKey((k) => k + 1);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const problems = [...(name.trim() ? [] : [{ path: 'name', message: t('errName') }]), ...missingContact(contact, askEmail, t)];
    fail(problems);
    if (problems.length > 0) return;
    setBusy(true);
    setError(null);
    try {
      // The data goes back as it was loaded: only the name and the contact change here.
      await projectsApi.changeData(project.id, { data: project.data, version: project.version, name: name.trim(), contact: contactBody(contact, askEmail) }, lang);
      setSaved(true);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        const what = err.fields.map((f) => f.message).join('; ');
        onConflict(what ? t('dataConflictWhat', { what }) : t('dataConflict'));
      } else if (err instanceof ApiError && err.status === 422 && err.fields.length > 0) {
        fail(err.fields);
      } else setError(t('saveChangeFailed', { reason: reasonOf(err) }));
    } finally {
      setBusy(false);
    }
  }

  const title = t('detailsEditTitle', { name: project.name });
  const nameError = errors.find((e) => e.path === 'name')?.message;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p><Link to={path(`hankkeet/${project.id}`)}>← {t('backToProject')}</Link></p>
      {conflict && <p className="notice notice--warn" role="alert">{conflict}</p>}
      {saved ? (
        <section className="panel receipt" aria-labelledby="details-saved">
          <h2 id="details-saved" tabIndex={-1} ref={done}>{t('detailsSaved')}</h2>
          <p>{t('detailsSentKeep')}</p>
          <p><Link className="button button--primary" to={path(`hankkeet/${project.id}`)}>{t('backToProject')}</Link></p>
        </section>
      ) : (
        <form className="panel" onSubmit={(e) => void save(e)} noValidate aria-labelledby="details-heading">
          <h2 id="details-heading" className="visually-hidden">{t('detailsEditHeading')}</h2>
          <ErrorSummary errors={errors} showKey={showKey} />
          <p>{t('detailsSentKeep')}</p>
          <div className={nameError ? 'field-row field--error' : 'field-row'}>
            <label htmlFor="root_name" className="label">{t('projectName')} <span aria-hidden="true">*</span></label>
            {nameError && <p className="error-text" id="root_name__error">{nameError}</p>}
            <input id="root_name" className="input" required value={name} onChange={(e) => setName(e.target.value)}
              aria-invalid={nameError ? true : undefined} aria-describedby={nameError ? 'root_name__error' : undefined} />
          </div>
          <ContactFields values={contact} onChange={setContact} askEmail={askEmail} errors={errors} />
          {error && <p className="notice notice--error" role="alert">{error}</p>}
          <div className="form-nav">
            <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>
              {busy ? <><span className="spinner" aria-hidden="true" /> {t('savingChange')}</> : t('saveDetails')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
