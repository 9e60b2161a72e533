/**
 * Answering a permit-needs assessment: the municipality first (the result names its authorities),
 * then the questions in the same renderer as every form, kept as a draft in this browser; the
 * answers go to the server, which keeps them and answers with the result's address.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import type { FieldError, FormData } from '../../../form-library/format/types';
import { ApiError } from '../../../ui/api/http';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { ErrorSummary, FormRenderer, municipalityName, useMunicipalities, type SchemaCheck } from '../../form-renderer';
import { MunicipalityField } from '../MunicipalityField';
import { customerTexts } from '../../../i18n/catalogs/customer';
import { LoadError, Loading, PageHeading, reasonOf, usePath } from '../page-kit';
import { useDraftAutosave } from '../use-draft-autosave';
import { useLoad } from '../use-load';
import { assessmentApi, type AssessmentQuestions } from './assessment-api';
import { clearAssessmentDraft, emptyAssessmentDraft, loadAssessmentDraft, saveAssessmentDraft, type AssessmentDraft } from './assessment-draft';
import { assessmentTexts } from '../../../i18n/catalogs/assessment';

export function AssessmentPage() {
  const { pack = '', id = '' } = useParams();
  const lang = useLang();
  const t = useTexts(assessmentTexts);
  const questions = useLoad(() => assessmentApi.questions(pack, id, lang), `${pack}/${id}|${lang}`);
  const version = questions.data?.version;
  const check = useLoad(() => (version ? assessmentApi.check(pack, id, version) : new Promise<SchemaCheck>(() => undefined)), `${pack}/${id}|${version ?? ''}`);

  if (questions.error) {
    if (questions.error instanceof ApiError && questions.error.status === 404) return <PageHeading title={t('notFound')}>{t('notFound')}</PageHeading>;
    return <LoadError error={questions.error} onRetry={questions.reload} />;
  }
  if (check.error) return <LoadError error={check.error} onRetry={check.reload} />;
  if (!questions.data || !check.data) return <Loading />;
  return <Answering key={`${pack}/${id}`} questions={questions.data} check={check.data} />;
}

function Answering({ questions, check }: { questions: AssessmentQuestions; check: SchemaCheck }) {
  const lang = useLang();
  const t = useTexts(assessmentTexts);
  const c = useTexts(customerTexts);
  const path = usePath();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const municipalities = useMunicipalities();
  const { pack, id } = questions;
  const [draft, setDraft] = useState<AssessmentDraft>(() => loadAssessmentDraft(localStorage, pack, id, search.get('kunta') ?? undefined));
  const [placeError, setPlaceError] = useState<string | null>(null);
  const [placeShowKey, setPlaceShowKey] = useState(0);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [retired, setRetired] = useState(false);
  const [sending, setSending] = useState(false);
  const sendingRef = useRef(false);
  const stageHeading = useRef<HTMLHeadingElement>(null);
  const firstStage = useRef(true);
  const autosave = useDraftAutosave(draft, (d) => saveAssessmentDraft(localStorage, pack, id, d));
  const update = (patch: Partial<AssessmentDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const place = municipalities.find((m) => m.code === draft.municipality);

  useEffect(() => {
    if (firstStage.current) {
      firstStage.current = false;
      return;
    }
    stageHeading.current?.focus();
  }, [draft.stage]);

  function choosePlace(event: FormEvent) {
    event.preventDefault();
    if (!draft.municipality) {
      setPlaceError(c('chooseMunicipality'));
      setPlaceShowKey((k) => k + 1);
      return;
    }
    update({ stage: 'questions' });
  }

  async function send(answers: FormData) {
    if (sendingRef.current || !draft.municipality) return;
    sendingRef.current = true;
    setSending(true);
    setFailure(null);
    setServerErrors([]);
    try {
      const result = await assessmentApi.answer({ pack, assessment: id, version: questions.version, municipality: draft.municipality, answers, lang });
      autosave.cancel();
      // The draft stays: "change answers" on the result starts from it.
      saveAssessmentDraft(localStorage, pack, id, { ...draft, data: answers });
      navigate(path(`selvitys/tulos/${result.id}`));
    } catch (err) {
      if (err instanceof ApiError && err.status === 410) setRetired(true);
      else if (err instanceof ApiError && err.status === 422 && err.fields.some((f) => f.path === 'municipality')) {
        setPlaceError(err.fields.find((f) => f.path === 'municipality')?.message ?? c('chooseMunicipality'));
        update({ stage: 'place' });
      } else if (err instanceof ApiError && err.status === 422 && err.fields.length > 0) {
        setServerErrors(err.fields.map((f) => ({ ...f, path: f.path.replace(/^answers\./, '') })));
      } else setFailure(t('failed', { reason: reasonOf(err) }));
    } finally {
      sendingRef.current = false;
      setSending(false);
    }
  }

  function restart() {
    if (!window.confirm(t('confirmRestart'))) return;
    autosave.cancel();
    clearAssessmentDraft(localStorage, pack, id);
    setServerErrors([]);
    setDraft(emptyAssessmentDraft(draft.municipality));
  }

  return (
    <>
      <PageHeading title={questions.name}>{questions.name}</PageHeading>
      <p className="lead">{questions.description}</p>
      <div className="notice no-print">
        <p>{t('draftNote')}</p>
        {Object.keys(draft.data).length > 0 && <button type="button" className="button button--link" onClick={restart}>{t('restart')}</button>}
      </div>
      {retired && (
        <div className="notice notice--warn" role="alert">
          <p>{t('retired')}</p>
          <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>{t('reload')}</button>
        </div>
      )}
      {failure && <div className="notice notice--error" role="alert"><p>{failure}</p></div>}

      {draft.stage === 'place' && (
        <form className="panel" onSubmit={choosePlace} noValidate>
          <h2 tabIndex={-1} ref={stageHeading}>{t('placeTitle')}</h2>
          <p>{t('placeLead')}</p>
          <ErrorSummary errors={placeError ? [{ path: 'municipality', message: placeError }] : []} showKey={placeShowKey} />
          <MunicipalityField
            municipalities={municipalities}
            value={draft.municipality}
            error={placeError}
            onChange={(code) => {
              update({ municipality: code });
              if (code) setPlaceError(null);
            }}
          />
          <button type="submit" className="button button--primary">{t('toQuestions')} →</button>
        </form>
      )}

      {draft.stage === 'questions' && (
        <div className="panel">
          <p className="assessment-place">
            <span>{t('placeIs', { municipality: place ? municipalityName(place, lang) : draft.municipality ?? '' })}</span>{' '}
            <button type="button" className="button button--link" onClick={() => update({ stage: 'place' })}>{t('changePlace')}</button>
          </p>
          <FormRenderer
            definition={questions.definition}
            lang={lang}
            data={draft.data}
            onChange={(data) => update({ data })}
            mode="fill"
            step={draft.step}
            onStepChange={(step) => update({ step })}
            onBackFromFirst={() => update({ stage: 'place' })}
            onComplete={(answers) => void send(answers)}
            serverErrors={serverErrors}
            municipalities={municipalities}
            completeLabel={sending ? t('sending') : `${t('showResult')} →`}
            check={check}
          />
          <p className="visually-hidden" role="status">{sending ? t('sending') : ''}</p>
        </div>
      )}
    </>
  );
}
