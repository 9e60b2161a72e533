/**
 * A permit's form in the project: the service's form, prefilled from the project data, whose
 * shared fields are read-only with a link to change them in the project; the draft saved on the
 * server as it is typed (so the project continues on another device); then the summary, the send
 * and the receipt.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { FieldError } from '../../../form-library/format/types';
import { formatAnswerDate } from '../../../i18n/intl-format';
import { ApiError } from '../../../ui/api/http';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { projectTexts } from '../../../i18n/catalogs/project';
import { AnswerSummary, FormRenderer, type FixedField } from '../../form-renderer';
import { PageHeading, reasonOf, usePath } from '../page-kit';
import { loadServiceForm, type ServiceForm } from '../service-form-load';
import { splitServerErrors } from '../pages/ServicePage';
import { useLoad } from '../use-load';
import { LoadGate } from './LoadGate';
import { projectsApi, type PermitDraft, type Receipt } from './projects-api';
import { useServerDraft, type SaveDraft } from './use-server-draft';
import { SaveStatus } from './SaveStatus';

interface Loaded {
  draft: PermitDraft;
  form: ServiceForm;
}

export function PermitPage() {
  const { id = '', permitId = '' } = useParams();
  const lang = useLang();
  const t = useTexts(projectTexts);
  const [notice, setNotice] = useState<string | null>(null);
  const loaded = useLoad(async (): Promise<Loaded> => {
    const draft = await projectsApi.permit(id, permitId, lang);
    return { draft, form: await loadServiceForm(String(draft.permit.deploymentId), lang, undefined) };
  }, `permit|${id}|${permitId}|${lang}`);
  const onConflict = useCallback(() => {
    setNotice(t('draftConflict'));
    loaded.reload();
  }, [loaded, t]);
  if (!loaded.data || loaded.loading) {
    const notFound = <PageHeading title={t('permitNotFound')}>{t('permitNotFound')}</PageHeading>;
    return <LoadGate error={loaded.error} loaded={false} onRetry={loaded.reload} notFound={notFound} />;
  }
  return <PermitFilling key={loaded.data.draft.version} projectId={id} loaded={loaded.data} notice={notice} onConflict={onConflict} />;
}

interface FillingProps {
  projectId: string;
  loaded: Loaded;
  notice: string | null;
  onConflict(): void;
}

function PermitFilling({ projectId, loaded: { draft: initial, form }, notice, onConflict }: FillingProps) {
  const t = useTexts(projectTexts);
  const lang = useLang();
  const path = usePath();
  const permit = initial.permit;
  const save: SaveDraft = useCallback((data, version) => projectsApi.saveDraft(projectId, permit.id, { data, version }, lang), [projectId, permit.id, lang]);
  const draft = useServerDraft({ data: initial.data, version: initial.version }, save);
  const [stage, setStage] = useState<'form' | 'summary' | 'sent'>(permit.state === 'sent' ? 'sent' : 'form');
  const [step, setStep] = useState(0);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const [sendError, setSendError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const stageHeading = useRef<HTMLHeadingElement>(null);
  const firstStage = useRef(true);

  useEffect(() => {
    if (draft.state === 'conflict') onConflict();
  }, [draft.state, onConflict]);
  useEffect(() => {
    if (firstStage.current) {
      firstStage.current = false;
      return;
    }
    if (stage !== 'form') stageHeading.current?.focus();
  }, [stage]);

  const projectDataLink = path(`hankkeet/${projectId}/tiedot`);
  const fixedFields: FixedField[] = useMemo(
    () => [
      ...initial.fromProject.map((f) => ({
        path: f.path,
        note: <>{t('fromProject')} <Link to={projectDataLink} aria-label={`${t('changeInProject')}: ${f.label}`}>{t('changeInProject')}</Link></>,
      })),
      // The strong identity's fields (and the company's, acting for one): read-only, set again on sending.
      ...initial.fromIdentity.map((f) => ({ path: f.path, note: t(f.of === 'company' ? 'fromCompany' : 'fromIdentification') })),
    ],
    [initial.fromProject, initial.fromIdentity, projectDataLink, t],
  );

  async function send() {
    if (sending) return;
    setSending(true);
    setSendError(null);
    setOtherErrors([]);
    try {
      if (!(await draft.saveNow())) {
        setSendError(t('saveBeforeSendFailed'));
        return;
      }
      const result = await projectsApi.sendPermit(projectId, permit.id, lang);
      draft.stop();
      setReceipt(result);
      setStage('sent');
    } catch (err) {
      if (err instanceof ApiError && err.status === 422 && err.fields.length > 0) {
        const split = splitServerErrors(form.definition, err.fields);
        setServerErrors(split.data);
        setOtherErrors(split.other);
        if (split.data.length > 0) setStage('form');
      } else setSendError(t('sendFailed', { reason: reasonOf(err) }));
    } finally {
      setSending(false);
    }
  }

  const title = permit.service.name;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>
        <span className="tag">{permit.service.kind === 'application' ? t('application') : t('notification')}</span>{' '}
        {t('handledBy', { authority: permit.authority.name })}
      </p>
      <p><Link to={path(`hankkeet/${projectId}`)}>← {t('backToProject')}</Link></p>
      {notice && <p className="notice notice--warn" role="alert">{notice}</p>}

      {stage === 'sent' && (
        <section className="panel receipt" aria-labelledby="permit-sent">
          <h2 id="permit-sent" tabIndex={-1} ref={stageHeading}>{t('permitSent')}</h2>
          {receipt ? (
            <dl className="answers">
              <div className="answers__row"><dt>{t('reference')}</dt><dd className="reference">{receipt.reference}</dd></div>
              <div className="answers__row"><dt>{t('sentTo')}</dt><dd>{receipt.authority.name}</dd></div>
              {receipt.dueDate && <div className="answers__row"><dt>{t('dueDate')}</dt><dd>{formatAnswerDate(receipt.dueDate, lang)}</dd></div>}
            </dl>
          ) : permit.submission && (
            <p>{t('alreadySent', { reference: permit.submission.reference })} <Link to={path(`omat/${permit.submission.id}`)}>{t('openSubmission')}</Link></p>
          )}
          <p><Link className="button button--primary" to={path(`hankkeet/${projectId}`)}>{t('backToProject')}</Link></p>
        </section>
      )}

      {stage !== 'sent' && <SaveStatus state={draft.state} onRetry={() => void draft.saveNow()} />}

      {stage === 'form' && (
        <div className="panel">
          {initial.fromProject.length > 0 && <p className="notice">{t('prefilledNote', { count: initial.fromProject.length })}</p>}
          <FormRenderer
            definition={form.definition}
            lang={lang}
            data={draft.data}
            onChange={draft.setData}
            mode="fill"
            step={step}
            onStepChange={setStep}
            onComplete={() => setStage('summary')}
            serverErrors={serverErrors}
            completeLabel={`${t('toSummary')} →`}
            check={form.check}
            fixedFields={fixedFields}
            uploadPath="/api/attachments"
          />
        </div>
      )}

      {stage === 'summary' && (
        <div className="panel">
          <h2 tabIndex={-1} ref={stageHeading}>{t('summaryTitle')}</h2>
          {otherErrors.length > 0 && <ul className="notice notice--error" role="alert">{otherErrors.map((e) => <li key={e.path}>{e.message}</li>)}</ul>}
          {sendError && <div className="notice notice--error" role="alert"><p>{sendError}</p></div>}
          <p>{t('summaryLead', { authority: permit.authority.name })}</p>
          <AnswerSummary definition={form.definition} lang={lang} data={draft.data} headingLevel={3} editLabel={t('edit')} onEditPage={(s) => { setStep(s); setStage('form'); }} />
          <div className="form-nav">
            <button type="button" className="button button--secondary" onClick={() => setStage('form')}>← {t('back')}</button>
            <button type="button" className="button button--primary" onClick={() => void send()} disabled={sending} aria-disabled={sending}>
              {sending ? (<><span className="spinner" aria-hidden="true" /> {t('sending')}</>) : t('sendPermit')}
            </button>
          </div>
          <p className="visually-hidden" role="status">{sending ? t('sending') : ''}</p>
        </div>
      )}
    </>
  );
}
