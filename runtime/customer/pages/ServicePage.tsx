/**
 * Filling one e-service: the form's pages (FormRenderer), the contact step, the summary to check,
 * then an idempotent send. Everything typed is kept in a browser draft until the send succeeds.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { pruneHidden } from '../../../form-library/conditions/prune-hidden';
import { normalizeAnswers } from '../../../form-library/validation/normalize-answers';
import { checkContact } from '../../../form-library/contact/check-contact';
import { visiblePages } from '../../../form-library/conditions/walk-form';
import type { FieldError, FormDefinition } from '../../../form-library/format/types';
import { ApiError } from '../../../ui/api/http';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { customerTexts } from '../../../i18n/catalogs/customer';
import { type TextsOf } from '../../../i18n/translate';
import { AnswerSummary, ErrorSummary, FormRenderer, type AttachmentInfo } from '../../form-renderer';
import { customerApi, type Contact } from '../api';
import { clearDraft, emptyDraft, loadDraft, saveDraft, saveReceipt, type Draft, type Receipt } from '../drafts';
import { retype, typedBeforeHydration, type TypedValue } from '../typed-before-hydration';
import { ResponsePromise } from '../lifecycle-kit';
import { ProcessingEstimateNote } from '../../../ui/estimates/ProcessingEstimateNote';
import { LoadError, Loading, PageHeading, reasonOf, usePath } from '../page-kit';
import type { ServiceForm } from '../service-form-load';
import { PrivacyNoticeInfo } from '../PrivacyNoticeInfo';
import { useDraftAutosave } from '../use-draft-autosave';
import { useLoad, type Loaded } from '../use-load';
import { fillIdentityFields, identityFieldPaths, isCompanyField } from '../../../form-library/identity/identity-fields';
import { useActingFor } from '../acting-for/acting-for-store';
import type { FixedField } from '../../form-renderer/fixed-fields';
import { IdentificationGate, isIdentifiedFor } from '../identification/IdentificationGate';

function topKey(path: string): string {
  return path.split('.')[0];
}

/** Splits a 422's field errors into the form's own, the contact step's and the rest. */
export function splitServerErrors(definition: FormDefinition, fields: FieldError[]) {
  const keys = new Set(definition.pages.flatMap((p) => p.elements.map((e) => e.key)));
  return {
    data: fields.filter((f) => keys.has(topKey(f.path))).map((f) => ({ ...f, path: f.path.replace(/^data\./, '') })),
    contact: fields.filter((f) => f.path.startsWith('contact.')),
    other: fields.filter((f) => !keys.has(topKey(f.path)) && !f.path.startsWith('contact.')),
  };
}

/**
 * `form`: loaded by the route (CustomerApp), which starts before this page's chunk has arrived.
 * `serverRendered`: the page came rendered from the server with this form, and React hydrates it.
 */
export function ServicePage({ form, serverRendered = false }: { form: Loaded<ServiceForm>; serverRendered?: boolean }) {
  const { municipality = '', deploymentId = '' } = useParams();
  const lang = useLang();
  const t = useTexts(customerTexts);
  const path = usePath();

  if (form.error) {
    if (form.error instanceof ApiError && form.error.status === 404) {
      return <PageHeading title={t('serviceNotFound')}>{t('serviceNotFound')}</PageHeading>;
    }
    return <LoadError error={form.error} onRetry={form.reload} />;
  }
  if (!form.data) return <Loading />;
  return <ServiceFilling key={`${deploymentId}|${municipality}`} form={form.data} municipality={municipality} path={path} lang={lang} t={t} serverRendered={serverRendered} />;
}

interface FillingProps {
  form: ServiceForm;
  municipality: string;
  path(p: string): string;
  lang: ReturnType<typeof useLang>;
  t: TextsOf<typeof customerTexts>;
  serverRendered: boolean;
}

function ServiceFilling({ form, municipality, path, lang, t, serverRendered }: FillingProps) {
  const navigate = useNavigate();
  const definition = form.definition;
  const deploymentId = form.deploymentId;
  // A server-rendered page starts as the server drew it, without the browser's draft (the server has
  // none); the draft comes in once the page is hydrated (below).
  const [draft, setDraft] = useState<Draft>(() => (serverRendered ? emptyDraft() : loadDraft(localStorage, deploymentId, municipality)));
  const restored = useRef(Object.keys(draft.data).length > 0);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [contactErrs, setContactErrs] = useState<FieldError[]>([]);
  const [contactShowKey, setContactShowKey] = useState(0);
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const [sendError, setSendError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const sendingRef = useRef(false);
  const stageHeading = useRef<HTMLHeadingElement>(null);
  const firstStage = useRef(true);

  const panel = useRef<HTMLDivElement>(null);
  const [typed, setTyped] = useState<readonly TypedValue[]>([]);
  // Hydrated: what the person typed before the scripts ran is read before anything renders again,
  // the saved draft is taken in, and then the typed text is given to the fields again (it wins over
  // the draft's, being newer).
  useLayoutEffect(() => {
    if (!serverRendered) return;
    const typedNow = panel.current ? typedBeforeHydration(panel.current) : [];
    const saved = loadDraft(localStorage, deploymentId, municipality);
    if (Object.keys(saved.data).length > 0 || saved.stage !== 'form') {
      restored.current = true;
      // Someone already typing stays on the page they are typing in.
      setDraft(typedNow.length > 0 ? { ...saved, stage: 'form', step: 0 } : saved);
    }
    if (typedNow.length > 0) setTyped(typedNow);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, at hydration
  }, []);
  useEffect(() => {
    if (typed.length === 0) return;
    retype(document, typed);
    setTyped([]);
  }, [typed]);

  const autosave = useDraftAutosave(draft, (d) => saveDraft(localStorage, deploymentId, municipality, d));
  useEffect(() => {
    if (firstStage.current) {
      firstStage.current = false;
      return;
    }
    if (draft.stage !== 'form') stageHeading.current?.focus();
  }, [draft.stage]);

  // A service that asks for identification: who this browser's customer is. A strongly identified
  // person's name and henkilötunnus fill the form's identity fields, read-only (the server sets them
  // again), and so do the name and Y-tunnus of the company they act for; acting for themselves they
  // fill the company's fields as any other.
  const level = form.service.identification;
  const identity = useLoad(() => (level === 'none' ? Promise.resolve(null) : customerApi.identification()), level);
  const person = identity.data?.person ?? null;
  const actingFor = useActingFor();
  const chosen = person && actingFor?.state.actingFor.kind === 'company' ? actingFor.state.actingFor : null;
  const company = useMemo(() => (chosen ? { businessId: chosen.businessId, name: chosen.name } : null), [chosen?.businessId, chosen?.name]);
  const fixedFields: FixedField[] = useMemo(
    () => (person ? identityFieldPaths(definition, company).map((f) => ({ path: f.path.join('.'), note: t(isCompanyField(f.field) ? 'idFromCompany' : 'idFromIdentification') })) : []),
    [person, company, definition, t],
  );
  const answers = useMemo(() => (person ? fillIdentityFields(definition, draft.data, person, company) : draft.data), [person, company, definition, draft.data]);

  const update = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const onAttachmentUploaded = useMemo(
    () => (info: AttachmentInfo) => setDraft((d) => ({ ...d, attachments: [...d.attachments.filter((a) => a.id !== info.id), info] })),
    [],
  );

  function toSummary(event: FormEvent) {
    event.preventDefault();
    // The server's own check: what passes here is what the server stores (trimmed, email in lower case).
    const checked = checkContact(draft.contact, lang);
    setContactErrs(checked.ok ? [] : checked.errors);
    setContactShowKey((k) => k + 1);
    if (checked.ok) update({ stage: 'summary', contact: checked.contact });
  }

  async function send() {
    if (sendingRef.current) return; // a double click sends once
    sendingRef.current = true;
    setSending(true);
    setSendError(null);
    setOtherErrors([]);
    try {
      const data = pruneHidden(definition, normalizeAnswers(definition, answers));
      const contact = draft.contact;
      const result = await customerApi.submit({ deploymentId, municipality, data, contact, lang, idempotencyKey: draft.idempotencyKey });
      const receipt: Receipt = { result, serviceName: form.service.name, municipality, deploymentId, data, contact, attachments: draft.attachments };
      saveReceipt(sessionStorage, receipt);
      autosave.cancel();
      clearDraft(localStorage, deploymentId, municipality);
      navigate(path(`kuitti/${result.id}`), { state: receipt });
    } catch (err) {
      if (err instanceof ApiError && err.status === 422 && err.fields.length > 0) {
        const split = splitServerErrors(definition, err.fields);
        if (split.data.length > 0) {
          const pages = visiblePages(definition, draft.data);
          const step = Math.max(0, pages.findIndex((v) => v.page.elements.some((e) => e.key === topKey(split.data[0].path))));
          setServerErrors(split.data);
          update({ stage: 'form', step });
        } else if (split.contact.length > 0) {
          setContactErrs(split.contact);
          setContactShowKey((k) => k + 1);
          update({ stage: 'contact' });
        }
        setOtherErrors(split.other);
      } else {
        setSendError(t('sendFailed', { reason: reasonOf(err) }));
      }
    } finally {
      sendingRef.current = false;
      setSending(false);
    }
  }

  function discard() {
    if (!window.confirm(t('confirmDiscard'))) return;
    autosave.cancel();
    clearDraft(localStorage, deploymentId, municipality);
    restored.current = false;
    setServerErrors([]);
    setDraft({ ...loadDraft(localStorage, deploymentId, municipality) });
  }

  const setContact = (patch: Partial<Contact>) => setDraft((d) => ({ ...d, contact: { ...d.contact, ...patch } }));
  const contactError = (field: string) => contactErrs.find((e) => e.path === `contact.${field}`)?.message;
  const gate = level === 'none' ? null : identity.error ? <LoadError error={identity.error} onRetry={identity.reload} />
    : identity.data ? <IdentificationGate level={level} status={identity.data} lang={lang} /> : <Loading />;
  const mayFill = level === 'none' || (identity.data ? isIdentifiedFor(level, identity.data) : false);

  return (
    <>
      <PageHeading title={form.service.name}>{form.service.name}</PageHeading>
      <p className="lead">{form.service.description}</p>
      <p>
        <span className="tag">{form.service.kind === 'application' ? t('application') : t('notification')}</span>{' '}
        {t('handledBy', { authority: form.authority.name })}
      </p>
      <PrivacyNoticeInfo notice={form.privacyNotice} />
      {gate}
      {mayFill && draft.stage === 'form' && (
        <section className="panel panel--compact promise" aria-labelledby="before-start">
          <h2 id="before-start">{t('beforeStart')}</h2>
          <ResponsePromise respondWithinDays={form.respondWithinDays} contactText={form.contactText} />
          <ProcessingEstimateNote estimate={form.estimate} texts={t} classes={{ paragraph: 'estimate', detail: 'hint' }} />
        </section>
      )}
      <div className="notice no-print">
        <p>{restored.current ? t('draftRestored') : t('draftNote')}</p>
        {restored.current && (
          <button type="button" className="button button--link" onClick={discard}>{t('discardDraft')}</button>
        )}
      </div>

      {mayFill && draft.stage === 'form' && (
        <div className="panel" ref={panel}>
          <FormRenderer
            definition={definition}
            lang={lang}
            data={answers}
            fixedFields={fixedFields}
            onChange={(data) => update({ data })}
            mode="fill"
            step={draft.step}
            onStepChange={(step) => update({ step })}
            // The answers as they will be checked and stored: the summary and the receipt show those.
            onComplete={() => update({ stage: 'contact', data: normalizeAnswers(definition, answers) })}
            serverErrors={serverErrors}
            attachments={draft.attachments}
            onAttachmentUploaded={onAttachmentUploaded}
            completeLabel={`${t('contactStep')} →`}
            check={form.check}
          />
        </div>
      )}

      {mayFill && draft.stage === 'contact' && (
        <form className="panel" onSubmit={toSummary} noValidate>
          <h2 tabIndex={-1} ref={stageHeading}>{t('contactTitle')}</h2>
          <ErrorSummary errors={contactErrs} showKey={contactShowKey} />
          <p>{t('contactLead')}</p>
          <div className={contactError('name') ? 'field-row field--error' : 'field-row'}>
            <label htmlFor="root_contact_name" className="label">{t('contactName')} <span aria-hidden="true">*</span></label>
            {contactError('name') && <p className="error-text" id="root_contact_name__error">{contactError('name')}</p>}
            <input id="root_contact_name" className="input" autoComplete="name" required value={draft.contact.name}
              aria-invalid={contactError('name') ? true : undefined} aria-describedby={contactError('name') ? 'root_contact_name__error' : undefined}
              onChange={(e) => setContact({ name: e.target.value })} />
          </div>
          <div className={contactError('email') ? 'field-row field--error' : 'field-row'}>
            <label htmlFor="root_contact_email" className="label">{t('contactEmail')} <span aria-hidden="true">*</span></label>
            <p className="hint" id="root_contact_email__hint">{t('contactEmailHint')}</p>
            {contactError('email') && <p className="error-text" id="root_contact_email__error">{contactError('email')}</p>}
            <input id="root_contact_email" className="input" type="email" autoComplete="email" required value={draft.contact.email}
              aria-invalid={contactError('email') ? true : undefined}
              aria-describedby={contactError('email') ? 'root_contact_email__error root_contact_email__hint' : 'root_contact_email__hint'}
              onChange={(e) => setContact({ email: e.target.value })} />
          </div>
          <div className={contactError('phone') ? 'field-row field--error' : 'field-row'}>
            <label htmlFor="root_contact_phone" className="label">{t('contactPhone')}</label>
            {contactError('phone') && <p className="error-text" id="root_contact_phone__error">{contactError('phone')}</p>}
            <input id="root_contact_phone" className="input" type="tel" autoComplete="tel" value={draft.contact.phone ?? ''}
              aria-invalid={contactError('phone') ? true : undefined} aria-describedby={contactError('phone') ? 'root_contact_phone__error' : undefined}
              onChange={(e) => setContact({ phone: e.target.value })} />
          </div>
          <div className="form-nav">
            <button type="button" className="button button--secondary" onClick={() => update({ stage: 'form' })}>← {t('back')}</button>
            <button type="submit" className="button button--primary">{t('toSummary')} →</button>
          </div>
        </form>
      )}

      {mayFill && draft.stage === 'summary' && (
        <div className="panel">
          <h2 tabIndex={-1} ref={stageHeading}>{t('summaryTitle')}</h2>
          <ErrorSummary errors={otherErrors} />
          {sendError && <div className="notice notice--error" role="alert"><p>{sendError}</p></div>}
          <p>{t('summaryLead')}</p>
          <AnswerSummary
            definition={definition}
            lang={lang}
            data={answers}
            attachments={draft.attachments}
            headingLevel={3}
            editLabel={t('edit')}
            onEditPage={(step) => update({ stage: 'form', step })}
          />
          <section className="answer-summary__page">
            <div className="answer-summary__head">
              <h3>{t('contactInfo')}</h3>
              <button type="button" className="button button--link" onClick={() => update({ stage: 'contact' })}>
                {t('edit')}<span className="visually-hidden">: {t('contactInfo')}</span>
              </button>
            </div>
            <dl className="answers">
              <div className="answers__row"><dt>{t('contactName')}</dt><dd>{draft.contact.name}</dd></div>
              <div className="answers__row"><dt>{t('contactEmail')}</dt><dd>{draft.contact.email}</dd></div>
              {draft.contact.phone && <div className="answers__row"><dt>{t('contactPhone')}</dt><dd>{draft.contact.phone}</dd></div>}
            </dl>
          </section>
          <div className="form-nav">
            <button type="button" className="button button--secondary" onClick={() => update({ stage: 'contact' })}>← {t('back')}</button>
            <button type="button" className="button button--primary" onClick={() => void send()} disabled={sending} aria-disabled={sending}>
              {sending ? (<><span className="spinner" aria-hidden="true" /> {t('sending')}</>) : t('send')}
            </button>
          </div>
          <p className="visually-hidden" role="status">{sending ? t('sending') : ''}</p>
        </div>
      )}
    </>
  );
}
