/**
 * Changing the project data. Before anything is stored, the page shows which sent permits the
 * change reaches, with each one's changes and whether its workflow takes a supplement now (or why
 * not); on confirmation the change is saved, the drafts follow it, and the outcome per permit is
 * shown. A change made meanwhile elsewhere (409) is said, with what changed, and the page reloads.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { FieldError, FormData } from '../../../form-library/format/types';
import { ApiError } from '../../../ui/api/http';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { projectTexts } from '../../../i18n/catalogs/project';
import { FormRenderer } from '../../form-renderer';
import { PageHeading, reasonOf, usePath } from '../page-kit';
import { useLoad } from '../use-load';
import { InlineConfirm } from './InlineConfirm';
import { LoadGate } from './LoadGate';
import { projectDataCheck } from './project-data-check';
import { projectsApi, type AffectedPermit, type DataChangeAnswer, type Project } from './projects-api';

export function ProjectDataPage() {
  const { id = '' } = useParams();
  const lang = useLang();
  const t = useTexts(projectTexts);
  const project = useLoad(() => projectsApi.get(id, lang), `project|${id}|${lang}`);
  const [conflict, setConflict] = useState<string | null>(null);
  if (!project.data || project.loading) {
    const notFound = <PageHeading title={t('projectNotFound')}>{t('projectNotFound')}</PageHeading>;
    return <LoadGate error={project.error} loaded={false} onRetry={project.reload} notFound={notFound} />;
  }
  return (
    <DataEdit key={project.data.version} project={project.data} conflict={conflict}
      onConflict={(text) => { setConflict(text); project.reload(); }} />
  );
}

type Stage = { kind: 'edit' } | { kind: 'preview'; affected: AffectedPermit[] } | { kind: 'done'; answer: DataChangeAnswer };

function DataEdit({ project, conflict, onConflict }: { project: Project; conflict: string | null; onConflict(text: string): void }) {
  const t = useTexts(projectTexts);
  const lang = useLang();
  const path = usePath();
  const [data, setData] = useState<FormData>(project.data);
  const [stage, setStage] = useState<Stage>({ kind: 'edit' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const outcome = useRef<HTMLHeadingElement>(null);
  const drafts = project.permits.filter((p) => p.state === 'draft').length;

  useEffect(() => {
    if (stage.kind === 'done') outcome.current?.focus();
  }, [stage.kind]);

  function failed(err: unknown) {
    if (err instanceof ApiError && err.status === 409) {
      const what = err.fields.map((f) => f.message).join('; ');
      onConflict(what ? t('dataConflictWhat', { what }) : t('dataConflict'));
    } else if (err instanceof ApiError && err.status === 422 && err.fields.length > 0) {
      setServerErrors(err.fields.map((f) => ({ ...f, path: f.path.replace(/^data\./, '') })));
      setStage({ kind: 'edit' });
    } else setError(t('saveChangeFailed', { reason: reasonOf(err) }));
  }

  async function preview() {
    setBusy(true);
    setError(null);
    try {
      const answer = await projectsApi.previewData(project.id, { data, version: project.version }, lang);
      setStage({ kind: 'preview', affected: answer.affected });
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  }

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const answer = await projectsApi.changeData(project.id, { data, version: project.version }, lang);
      setStage({ kind: 'done', answer });
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  }

  const title = t('editDataTitle', { name: project.name });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p><Link to={path(`hankkeet/${project.id}`)}>← {t('backToProject')}</Link></p>
      {conflict && <p className="notice notice--warn" role="alert">{conflict}</p>}
      {error && <p className="notice notice--error" role="alert">{error}</p>}
      {stage.kind === 'edit' && (
        <section className="panel" aria-labelledby="data-edit-heading">
          <h2 id="data-edit-heading" className="visually-hidden">{t('projectDataTitle')}</h2>
          <p>{t('editDataLead')}</p>
          <FormRenderer definition={project.definition} lang={lang} data={data} onChange={setData} mode="fill" serverErrors={serverErrors}
            onComplete={() => void preview()} completeLabel={busy ? t('checking') : `${t('reviewChange')} →`} check={projectDataCheck} />
        </section>
      )}
      {stage.kind === 'preview' && (
        <InlineConfirm id="change-confirm" title={t('changeConfirmTitle')} confirmLabel={t('saveChange')} cancelLabel={t('back')} busy={busy} busyLabel={t('savingChange')}
          onConfirm={() => void save()} onCancel={() => setStage({ kind: 'edit' })}>
          {stage.affected.length === 0 ? <p>{t('noSentAffected')}</p> : (
            <>
              <p>{t('sentAffected', { count: stage.affected.length })}</p>
              <ul className="affected-list">
                {stage.affected.map((a) => (
                  <li key={a.permitId} className="affected">
                    <h4>{a.service} – {a.authority} <span className="reference">{a.reference}</span></h4>
                    <ul className="changes">
                      {a.changes.answers.map((c) => (
                        <li key={c.path}>{t('changeLine', { label: c.label, before: c.before || t('noAnswer'), after: c.after || t('noAnswer') })}</li>
                      ))}
                    </ul>
                    <p className={a.supplement === 'possible' ? 'notice notice--ok' : 'notice notice--warn'}>
                      {a.supplement === 'possible' ? t('supplementPossible') : t('supplementNotPossible', { reason: a.reason ?? '' })}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )}
          {drafts > 0 && <p>{t('draftsFollow', { count: drafts })}</p>}
        </InlineConfirm>
      )}
      {stage.kind === 'done' && (
        <section className="panel receipt" aria-labelledby="change-done">
          <h2 id="change-done" tabIndex={-1} ref={outcome}>{t('changeSaved')}</h2>
          {stage.answer.supplements.length > 0 && (
            <ul>
              {stage.answer.supplements.map((s) => (
                <li key={s.permitId}>
                  <span className="reference">{s.reference}</span>:{' '}
                  {s.outcome === 'sent' ? t('supplementSent', { status: s.status?.label ?? '' }) : t('supplementNotSent', { reason: s.reason ?? '' })}
                </li>
              ))}
            </ul>
          )}
          <p><Link className="button button--primary" to={path(`hankkeet/${project.id}`)}>{t('backToProject')}</Link></p>
        </section>
      )}
    </>
  );
}
