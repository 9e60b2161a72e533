/**
 * The customer's project: its name, municipality and project data; its permits, each to its own
 * authority; a service to add from the municipality's offering; "send all complete"; and the one
 * timeline of every permit. A project that has sent nothing can be removed.
 */
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { projectTexts } from '../../../i18n/catalogs/project';
import { AnswerSummary } from '../../form-renderer/AnswerSummary';
import { PageHeading, reasonOf, usePath } from '../page-kit';
import { useLoad } from '../use-load';
import { AddServicePanel } from './AddServicePanel';
import { InlineConfirm } from './InlineConfirm';
import { LoadGate } from './LoadGate';
import { PermitList } from './PermitList';
import { ProjectTimeline } from './ProjectTimeline';
import { projectsApi, type Project } from './projects-api';
import { SendAllPanel } from './SendAllPanel';

function isStartedState(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'started' in state && state.started === true;
}

export function ProjectPage() {
  const { id = '' } = useParams();
  const lang = useLang();
  const t = useTexts(projectTexts);
  const project = useLoad(() => projectsApi.get(id, lang), `project|${id}|${lang}`);
  if (!project.data) {
    const notFound = <PageHeading title={t('projectNotFound')}>{t('projectNotFound')}</PageHeading>;
    return <LoadGate error={project.error} loaded={false} onRetry={project.reload} notFound={notFound} />;
  }
  return <ProjectView project={project.data} reload={project.reload} />;
}

function ProjectView({ project, reload }: { project: Project; reload(): void }) {
  const t = useTexts(projectTexts);
  const lang = useLang();
  const path = usePath();
  const location = useLocation();
  const navigate = useNavigate();
  const [message, setMessage] = useState<string | null>(isStartedState(location.state) ? t('started') : null);
  const [removing, setRemoving] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sentAny = project.permits.some((p) => p.state === 'sent');
  const changed = (text: string) => {
    setMessage(text);
    reload();
  };

  async function removeProject() {
    setBusy(true);
    setError(null);
    try {
      await projectsApi.remove(project.id);
      navigate(path('omat'), { state: { removedProject: project.name } });
    } catch (err) {
      setError(t('removeFailed', { reason: reasonOf(err) }));
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading title={project.name}>{project.name}</PageHeading>
      <p className="lead">{t('projectLead', { kind: project.kind.name, municipality: project.municipality.name })}</p>
      {project.company && <p className="tag">{t('projectOfCompany', { company: project.company.name })}</p>}
      <p className="notice notice--ok" role="status" hidden={!message}>{message}</p>

      <section className="panel" aria-labelledby="permits-heading">
        <h2 id="permits-heading">{t('permitsTitle', { count: project.permits.length })}</h2>
        <PermitList projectId={project.id} permits={project.permits} onChanged={changed} />
        <AddServicePanel project={project} onAdded={changed} />
      </section>

      <SendAllPanel projectId={project.id} permits={project.permits} onSent={reload} />

      <section className="panel" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('timelineTitle')}</h2>
        <ProjectTimeline entries={project.timeline} />
      </section>

      <section className="panel" aria-labelledby="data-heading">
        <div className="answer-summary__head">
          <h2 id="data-heading">{t('projectDataTitle')}</h2>
          <Link className="button button--secondary" to={path(`hankkeet/${project.id}/tiedot`)}>{t('editProjectData')}</Link>
        </div>
        <AnswerSummary definition={project.definition} lang={lang} data={project.data} headingLevel={3} />
        <h3>{t('contactTitle')}</h3>
        <dl className="answers">
          <div className="answers__row"><dt>{t('contactName')}</dt><dd>{project.contact.name}</dd></div>
          {project.contact.phone && <div className="answers__row"><dt>{t('contactPhone')}</dt><dd>{project.contact.phone}</dd></div>}
          <div className="answers__row"><dt>{t('contactEmail')}</dt><dd>{project.contact.email}</dd></div>
          <div className="answers__row"><dt>{t('consentShort')}</dt><dd>{project.consent ? t('consentGiven') : t('consentNotGiven')}</dd></div>
        </dl>
        <p><Link className="button button--secondary" to={path(`hankkeet/${project.id}/yhteystiedot`)}>{t('editDetails')}</Link></p>
      </section>

      {!sentAny && (
        <section className="panel" aria-labelledby="remove-heading">
          <h2 id="remove-heading">{t('removeProjectTitle')}</h2>
          {!removing ? (
            <button type="button" className="button button--secondary" onClick={() => setRemoving(true)}>{t('removeProject')}</button>
          ) : (
            <InlineConfirm id="remove-project-confirm" title={t('removeProjectConfirm', { name: project.name })} confirmLabel={t('removeProject')} cancelLabel={t('cancel')}
              danger busy={busy} busyLabel={t('removing')} onConfirm={() => void removeProject()} onCancel={() => setRemoving(false)}>
              <p>{t('removeProjectExplain', { count: project.permits.length })}</p>
              {error && <p className="notice notice--error" role="alert">{error}</p>}
            </InlineConfirm>
          )}
        </section>
      )}
      <p><Link to={path('omat')}>{t('backToMine')}</Link></p>
    </>
  );
}
