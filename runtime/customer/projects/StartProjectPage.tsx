/**
 * Starting a project: its name, municipality and kind; the project data (the kind's form, entered
 * once for every permit); the contact person, the consent asked once, and the services to add.
 * From an assessment's result (?tulos=<id>) the result's services are chosen and the answers that
 * map to project data are filled in.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import type { FieldError, FormData } from '../../../form-library/format/types';
import { ApiError } from '../../../ui/api/http';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { projectTexts } from '../../../i18n/catalogs/project';
import { ErrorSummary, FormRenderer, useMunicipalities } from '../../form-renderer';
import { assessmentApi } from '../assessment/assessment-api';
import { MunicipalityField } from '../MunicipalityField';
import { PageHeading, reasonOf, usePath } from '../page-kit';
import { useLoad } from '../use-load';
import { LoadGate, useSignInPath } from './LoadGate';
import { useActingFor } from '../acting-for/acting-for-store';
import { customerApi } from '../api';
import { ContactFields, contactBody, missingContact, type ContactValues } from './ContactFields';
import { projectDataCheck } from './project-data-check';
import { kindForServices, projectDataFromAnswers, servicesOfKind } from './project-start-rules';
import { projectsApi, type ProjectKind } from './projects-api';

type Stage = 'basics' | 'data' | 'details';

/** Signed in by e-mail code, or identified strongly (then for themselves or the company they act for); else to sign in. */
export function StartProjectPage() {
  const t = useTexts(projectTexts);
  const lang = useLang();
  const signIn = useSignInPath();
  const signedIn = useLoad(() => customerApi.identification(), 'identification');
  const actingFor = useActingFor();
  const gate = <LoadGate error={signedIn.error} loaded={signedIn.data !== undefined} onRetry={signedIn.reload} />;
  if (signedIn.data?.identification === 'none') return <Navigate to={signIn} replace />;
  const strong = signedIn.data?.identification === 'strong';
  // A strongly identified person's start waits until it is known whom they act for.
  if (!signedIn.data || (strong && actingFor === undefined)) return <>{<PageHeading title={t('startTitle')}>{t('startTitle')}</PageHeading>}{gate}</>;
  const company = actingFor?.state.actingFor.kind === 'company' ? actingFor.state.actingFor.name : null;
  return <StartProjectForm key={`${lang}|${company ?? ''}`} strong={strong} company={company} />;
}

/** `strong`: the person gives the address the receipts go to (an e-mail customer's is their own); `company`: whose the project will be. */
function StartProjectForm({ strong, company }: { strong: boolean; company: string | null }) {
  const t = useTexts(projectTexts);
  const lang = useLang();
  const path = usePath();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const resultId = search.get('tulos');
  const municipalities = useMunicipalities();
  const [municipality, setMunicipality] = useState<string | undefined>(search.get('kunta') ?? undefined);
  const [name, setName] = useState('');
  const [packSlug, setPackSlug] = useState<string | undefined>();
  const [data, setData] = useState<FormData>({});
  const [contact, setContact] = useState<ContactValues>({ name: '', phone: '', email: '' });
  const [consent, setConsent] = useState<boolean | undefined>();
  const [services, setServices] = useState<ReadonlySet<string>>(new Set());
  const [stage, setStage] = useState<Stage>('basics');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [dataErrors, setDataErrors] = useState<FieldError[]>([]);
  const [showKey, setShowKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const [carried, setCarried] = useState<{ services: number; answers: number } | null>(null);
  const stageHeading = useRef<HTMLHeadingElement>(null);
  const firstStage = useRef(true);

  const result = useLoad(() => (resultId ? assessmentApi.result(resultId, lang) : Promise.resolve(null)), `result|${resultId ?? ''}`);
  const kinds = useLoad(() => (municipality ? projectsApi.kinds(municipality, lang) : Promise.resolve([])), `kinds|${municipality ?? ''}|${lang}`);
  const kind: ProjectKind | undefined = useMemo(() => {
    const list = kinds.data ?? [];
    return list.find((k) => k.packSlug === packSlug) ?? (list.length === 1 ? list[0] : undefined);
  }, [kinds.data, packSlug]);

  // An assessment's result fills in the municipality, the kind, its services and the answers that map.
  const applied = useRef(false);
  useEffect(() => {
    if (applied.current || !result.data || !kinds.data) return;
    if (municipality !== result.data.municipality.code) {
      setMunicipality(result.data.municipality.code);
      return;
    }
    applied.current = true;
    const refs = result.data.services.filter((s) => s.offer.kind === 'online').map((s) => ({ pack: s.service.pack, service: s.service.service }));
    const fitting = kindForServices(kinds.data, refs);
    if (!fitting) return;
    const chosen = servicesOfKind(fitting, refs);
    const answers = projectDataFromAnswers(fitting.definition, result.data.form, result.data.answers);
    setPackSlug(fitting.packSlug);
    setServices(new Set(chosen));
    setData(answers);
    setCarried({ services: chosen.length, answers: countValues(answers) });
    if (!name) setName(result.data.assessment.name);
  }, [result.data, kinds.data, municipality, name]);

  useEffect(() => {
    if (firstStage.current) {
      firstStage.current = false;
      return;
    }
    if (stage !== 'data') stageHeading.current?.focus();
  }, [stage]);

  function fail(list: FieldError[]) {
    setErrors(list);
    setShowKey((k) => k + 1);
  }

  function toData(event: FormEvent) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (!name.trim()) problems.push({ path: 'name', message: t('errName') });
    if (!municipality) problems.push({ path: 'municipality', message: t('errMunicipality') });
    else if (!kind) problems.push({ path: 'project_kind', message: (kinds.data ?? []).length === 0 ? t('noKinds') : t('errKind') });
    fail(problems);
    if (problems.length === 0) setStage('data');
  }

  async function start(event: FormEvent) {
    event.preventDefault();
    if (!kind || !municipality) return;
    const problems: FieldError[] = missingContact(contact, strong, t);
    if (consent === undefined) problems.push({ path: 'consent', message: t('errConsent') });
    fail(problems);
    if (problems.length > 0) return;
    setBusy(true);
    setSendError(null);
    try {
      const project = await projectsApi.create(
        {
          name: name.trim(), municipality, packSlug: kind.packSlug, data,
          contact: contactBody(contact, strong),
          consent: consent === true, services: kind.services.filter((s) => services.has(s.serviceId)).map((s) => s.serviceId),
        },
        lang,
      );
      navigate(path(`hankkeet/${project.id}`), { state: { started: true } });
    } catch (err) {
      if (err instanceof ApiError && err.status === 422 && err.fields.length > 0) {
        const own = err.fields.filter((f) => f.path.startsWith('data.')).map((f) => ({ ...f, path: f.path.slice(5) }));
        if (own.length > 0) {
          setDataErrors(own);
          setStage('data');
        }
        fail(err.fields.filter((f) => !f.path.startsWith('data.')));
      } else setSendError(t('startFailed', { reason: reasonOf(err) }));
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (p: string) => errors.find((e) => e.path === p)?.message;
  const toggle = (id: string) => setServices((prev) => {
    const next = new Set(prev);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  return (
    <>
      <PageHeading title={t('startTitle')}>{t('startTitle')}</PageHeading>
      <p className="lead">{t('startLead')}</p>
      {company && <p className="notice">{t('startForCompany', { company })}</p>}
      {carried && (
        <p className="notice" role="status">
          {carried.answers > 0 ? t('fromAssessment', { services: carried.services, answers: carried.answers }) : t('fromAssessmentServicesOnly', { services: carried.services })}
        </p>
      )}
      <ErrorSummary errors={errors} showKey={showKey} />
      {stage === 'basics' && (
        <form className="panel" onSubmit={toData} noValidate aria-labelledby="start-basics">
          <h2 id="start-basics">{t('basicsTitle')}</h2>
          <div className={fieldError('name') ? 'field-row field--error' : 'field-row'}>
            <label htmlFor="root_name" className="label">{t('projectName')} <span aria-hidden="true">*</span></label>
            <p className="hint" id="root_name__hint">{t('projectNameHint')}</p>
            {fieldError('name') && <p className="error-text" id="root_name__error">{fieldError('name')}</p>}
            <input id="root_name" className="input" required value={name} onChange={(e) => setName(e.target.value)}
              aria-invalid={fieldError('name') ? true : undefined}
              aria-describedby={fieldError('name') ? 'root_name__error root_name__hint' : 'root_name__hint'} />
          </div>
          <MunicipalityField municipalities={municipalities} value={municipality} error={fieldError('municipality') ?? null} onChange={(c) => { setMunicipality(c); setPackSlug(undefined); }} />
          {municipality && kinds.loading && <p role="status" className="loading"><span className="spinner" aria-hidden="true" /> {t('kindsLoading')}</p>}
          {municipality && kinds.error !== undefined && <p className="notice notice--error" role="alert">{t('kindsFailed', { reason: reasonOf(kinds.error) })}</p>}
          {municipality && kinds.data && kinds.data.length === 0 && <p className="notice notice--warn">{t('noKinds')}</p>}
          {kinds.data && kinds.data.length > 0 && (
            <fieldset className={fieldError('project_kind') ? 'field-row field--error' : 'field-row'} id="root_project_kind">
              <legend className="label">{t('projectKind')} <span aria-hidden="true">*</span></legend>
              {fieldError('project_kind') && <p className="error-text">{fieldError('project_kind')}</p>}
              {kinds.data.map((k) => (
                <div className="project-choice" key={k.packSlug}>
                  <input type="radio" id={`kind_${k.packSlug}`} name="project_kind" checked={kind?.packSlug === k.packSlug} onChange={() => setPackSlug(k.packSlug)} aria-describedby={`kind_${k.packSlug}__desc`} />
                  <label htmlFor={`kind_${k.packSlug}`}>{k.name}</label>
                  <p className="hint" id={`kind_${k.packSlug}__desc`}>{k.description}</p>
                </div>
              ))}
            </fieldset>
          )}
          <div className="form-nav">
            <button type="submit" className="button button--primary">{t('toProjectData')} →</button>
          </div>
        </form>
      )}
      {stage === 'data' && kind && (
        <section className="panel" aria-labelledby="start-data">
          <h2 id="start-data">{t('projectDataTitle')}</h2>
          <p>{t('projectDataLead')}</p>
          <FormRenderer
            definition={kind.definition}
            lang={lang}
            data={data}
            onChange={setData}
            mode="fill"
            municipalities={municipalities ?? undefined}
            serverErrors={dataErrors}
            onBackFromFirst={() => setStage('basics')}
            onComplete={() => setStage('details')}
            completeLabel={`${t('toDetails')} →`}
            check={projectDataCheck}
          />
        </section>
      )}
      {stage === 'details' && kind && (
        <form className="panel" onSubmit={(e) => void start(e)} noValidate>
          <h2 tabIndex={-1} ref={stageHeading}>{t('detailsTitle')}</h2>
          <ContactFields values={contact} onChange={setContact} askEmail={strong} errors={errors} />
          <fieldset className={fieldError('consent') ? 'field-row field--error' : 'field-row'} id="root_consent">
            <legend className="label">{t('consentQuestion')} <span aria-hidden="true">*</span></legend>
            <p className="hint" id="consent_hint">{t('consentExplain')}</p>
            {fieldError('consent') && <p className="error-text">{fieldError('consent')}</p>}
            <div className="project-choice">
              <input type="radio" id="root_consent_yes" name="consent" checked={consent === true} onChange={() => setConsent(true)} aria-describedby="consent_hint" />
              <label htmlFor="root_consent_yes">{t('consentYes')}</label>
            </div>
            <div className="project-choice">
              <input type="radio" id="root_consent_no" name="consent" checked={consent === false} onChange={() => setConsent(false)} aria-describedby="consent_hint" />
              <label htmlFor="root_consent_no">{t('consentNo')}</label>
            </div>
          </fieldset>
          <fieldset className="field-row">
            <legend className="label">{t('servicesToAdd')}</legend>
            <p className="hint">{t('servicesToAddHint')}</p>
            {kind.services.map((s) => (
              <div className="project-choice" key={s.deploymentId}>
                <input type="checkbox" id={`service_${s.serviceId}`} checked={services.has(s.serviceId)} onChange={() => toggle(s.serviceId)} />
                <label htmlFor={`service_${s.serviceId}`}>{s.name} <span className="hint">– {t('handledBy', { authority: s.authority.name })}</span></label>
              </div>
            ))}
          </fieldset>
          {sendError && <div className="notice notice--error" role="alert"><p>{sendError}</p></div>}
          <div className="form-nav">
            <button type="button" className="button button--secondary" onClick={() => setStage('data')}>← {t('back')}</button>
            <button type="submit" className="button button--primary" disabled={busy} aria-disabled={busy}>
              {busy ? (<><span className="spinner" aria-hidden="true" /> {t('starting')}</>) : t('startButton')}
            </button>
          </div>
          <p className="visually-hidden" role="status">{busy ? t('starting') : ''}</p>
        </form>
      )}
    </>
  );
}

function countValues(data: FormData): number {
  return Object.values(data).reduce<number>((n, v) => n + (typeof v === 'object' && v !== null && !Array.isArray(v) ? countValues(v as FormData) : 1), 0);
}
