/**
 * One of the customer's submissions: its status and history, the messages, the answers; answering
 * a request for more information (changed answers, attachments, a message) and cancelling.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router-dom';
import type { FieldError, FormData } from '../../../form-library/format/types';
import { ApiError } from '../../../ui/api/http';
import { localDay } from '../../../ui/dates/local-day';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { customerTexts } from '../../../i18n/catalogs/customer';
import { AnswerSummary, ErrorSummary, FormRenderer, type AttachmentInfo } from '../../form-renderer';
import { customerApi, myAttachmentHref, type MySubmission, type SupplementChanges } from '../api';
import { CaseManagementReceipt, ChangeList, DecisionList, ResponsePromise } from '../lifecycle-kit';
import { LoadError, Loading, PageHeading, reasonOf, usePath } from '../page-kit';
import { formatAnswerDate, formatDateTime } from '../../../i18n/intl-format';
import { useLoad } from '../use-load';

export function SubmissionPage() {
  const { id = '' } = useParams();
  const lang = useLang();
  const t = useTexts(customerTexts);
  const path = usePath();
  const location = useLocation();
  const item = useLoad(() => customerApi.mySubmission(id, lang), `${id}|${lang}`);
  const [notice, setNotice] = useState<string | null>(null);

  if (item.error instanceof ApiError && item.error.status === 401) {
    return <Navigate to={`${path('kirjaudu')}?seuraava=${encodeURIComponent(location.pathname)}`} replace />;
  }
  if (item.error) return <LoadError error={item.error} onRetry={item.reload} />;
  if (!item.data) return <Loading />;
  const s = item.data;
  const title = t('submissionTitle', { service: s.service.name, reference: s.reference });
  const canSupplement = s.actions.some((a) => a.event === 'SUPPLEMENT');
  const canCancel = s.actions.some((a) => a.event === 'CANCEL');
  const done = (message: string) => {
    setNotice(message);
    item.reload();
  };

  return (
    <>
      <p><Link to={path('omat')}>{t('backToMine')}</Link></p>
      <PageHeading title={title}>{title}</PageHeading>
      {notice && <div className="notice notice--ok" role="status"><p>{notice}</p></div>}
      <p>
        {t('statusNow')}: <span className={canSupplement ? 'status status--attention' : 'status'} data-testid="status">{s.status.label}</span>
        {' · '}{t('handledBy', { authority: s.authority.name })}
      </p>
      {s.caseManagement && <CaseManagementReceipt authority={s.authority.name} ack={s.caseManagement} />}
      {canSupplement && <InfoRequestBanner request={s.infoRequest ?? null} />}
      {s.decisions && s.decisions.length > 0 && <DecisionList decisions={s.decisions} />}

      <section className="panel" aria-labelledby="history-title">
        <h2 id="history-title">{t('historyTitle')}</h2>
        <ol className="timeline">
          {s.history.map((h, i) => (
            <li key={i}>
              <time dateTime={h.at}>{formatDateTime(h.at, lang)}</time>
              <strong>{h.status.label}</strong>
              {h.comment && <p>{h.comment}</p>}
            </li>
          ))}
        </ol>
      </section>

      <section className="panel" aria-labelledby="messages-title">
        <h2 id="messages-title">{t('messagesTitle')}</h2>
        {s.messages.length === 0 ? <p>{t('noMessages')}</p> : (
          <ul className="messages">
            {s.messages.map((m, i) => (
              <li key={i} className={`message message--${m.from}`}>
                <time dateTime={m.at}>{m.from === 'authority' ? t('fromAuthority') : t('fromYou')} · {formatDateTime(m.at, lang)}</time>
                <p>{m.body}</p>
              </li>
            ))}
          </ul>
        )}
        {!canSupplement && <MessageForm id={s.id} onSent={() => done(t('messageSent'))} />}
      </section>

      {canSupplement && <SupplementForm submission={s} onSent={() => done(t('supplementSent'))} />}

      <section className="panel promise" aria-label={t('responseTime')}>
        <ResponsePromise respondWithinDays={s.respondWithinDays} dueDate={s.dueDate} contactText={s.contactText} headingLevel={2} />
      </section>

      <section className="panel" aria-labelledby="answers-title">
        <h2 id="answers-title">{t('yourAnswers')}</h2>
        <AnswerSummary definition={s.definition} lang={lang} data={s.data} attachments={s.attachments} attachmentHref={myAttachmentHref} headingLevel={3} />
      </section>

      {canCancel && <CancelSection submission={s} onCancelled={() => done(t('cancelled'))} />}
    </>
  );
}

/** The open request: what the handler asked, quoted, and the day to answer by. */
function InfoRequestBanner({ request }: { request: NonNullable<MySubmission['infoRequest']> | null }) {
  const t = useTexts(customerTexts);
  const lang = useLang();
  const late = request?.replyBy ? request.replyBy < localDay(new Date()) : false;
  return (
    <section className="notice notice--warn info-request" aria-labelledby="info-request-title">
      <h2 id="info-request-title">{t('infoTitle')}</h2>
      {request?.question ? (
        <>
          <p>{t('theyAsk')}</p>
          <blockquote className="info-request__question" data-testid="info-question">{request.question}</blockquote>
        </>
      ) : (
        <p>{t('infoRequested')}</p>
      )}
      {request?.replyBy && (
        <p data-testid="reply-by"><strong>{t(late ? 'replyLate' : 'replyBy', { date: formatAnswerDate(request.replyBy, lang) })}</strong></p>
      )}
    </section>
  );
}

function MessageForm({ id, onSent }: { id: number; onSent(): void }) {
  const t = useTexts(customerTexts);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) return setError(t('errMessage'));
    setBusy(true);
    try {
      await customerApi.message(id, body.trim());
      setBody('');
      setError(null);
      onSent();
    } catch (err) {
      setError(reasonOf(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} noValidate className="message-form">
      <div className={error ? 'field-row field--error' : 'field-row'}>
        <label htmlFor="message-body" className="label">{t('writeMessage')}</label>
        {error && <p className="error-text" id="message-body__error" role="alert">{error}</p>}
        <textarea id="message-body" className="input" rows={3} value={body} onChange={(e) => setBody(e.target.value)}
          aria-invalid={error ? true : undefined} aria-describedby={error ? 'message-body__error' : undefined} />
      </div>
      <button type="submit" className="button button--secondary" disabled={busy}>{t('sendMessage')}</button>
    </form>
  );
}

function SupplementForm({ submission, onSent }: { submission: MySubmission; onSent(): void }) {
  const t = useTexts(customerTexts);
  const lang = useLang();
  const [editing, setEditing] = useState(false);
  const [data, setData] = useState<FormData>(submission.data);
  const [changed, setChanged] = useState<FormData | null>(null);
  const [attachments, setAttachments] = useState<AttachmentInfo[]>(submission.attachments);
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [dataErrors, setDataErrors] = useState<FieldError[]>([]);
  const [showKey, setShowKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ changes: SupplementChanges } | 'checking' | null>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);

  /** Asks the server what the changed answers would change, checked as on sending. */
  async function check(pruned: FormData) {
    setChanged(pruned);
    setEditing(false);
    setPreview('checking');
    try {
      setPreview(await customerApi.previewSupplement(submission.id, { data: pruned, lang }));
      setDataErrors([]);
    } catch (err) {
      setPreview(null);
      if (err instanceof ApiError && err.status === 422 && err.fields.length > 0) {
        setDataErrors(err.fields);
        setEditing(true);
      } else {
        setErrors([{ path: 'supplement.message', message: reasonOf(err) }]);
      }
      setShowKey((k) => k + 1);
    }
  }
  // Fetched ahead, so "edit answers" opens at once.
  const schemaCheck = useLoad(() => customerApi.mySubmissionCheck(submission.id), String(submission.id));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!message.trim()) {
      setErrors([{ path: 'supplement.message', message: t('errMessage') }]);
      setShowKey((k) => k + 1);
      return;
    }
    setBusy(true);
    try {
      await customerApi.supplement(submission.id, { ...(changed ? { data: changed } : {}), message: message.trim(), lang });
      onSent();
    } catch (err) {
      if (err instanceof ApiError && err.status === 422 && err.fields.length > 0) {
        setDataErrors(err.fields.filter((f) => f.path !== 'message'));
        setEditing(true);
        setErrors(err.fields.filter((f) => f.path === 'message').map((f) => ({ ...f, path: 'supplement.message' })));
      } else {
        setErrors([{ path: 'supplement.message', message: reasonOf(err) }]);
      }
      setShowKey((k) => k + 1);
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    if (changed && !editing) messageRef.current?.focus();
  }, [changed, editing]);

  const messageError = errors.find((e) => e.path === 'supplement.message')?.message;
  return (
    <section className="panel" aria-labelledby="supplement-title">
      <h2 id="supplement-title">{t('supplementTitle')}</h2>
      <p>{t('supplementLead')}</p>
      <ErrorSummary errors={errors} showKey={showKey} />
      <h3>{t('step1')}</h3>
      <p className="hint">{t('step1Help')}</p>
      {!editing ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>{t('editAnswers')}</button>
        </p>
      ) : schemaCheck.error ? (
        <LoadError error={schemaCheck.error} onRetry={schemaCheck.reload} />
      ) : !schemaCheck.data ? (
        <Loading />
      ) : (
        <div className="supplement__form">
          <FormRenderer
            definition={submission.definition}
            lang={lang}
            data={data}
            onChange={setData}
            mode="fill"
            serverErrors={dataErrors}
            attachments={attachments}
            onAttachmentUploaded={(info) => setAttachments((list) => [...list, info])}
            completeLabel={t('checkChanges')}
            check={schemaCheck.data}
            onComplete={(pruned) => void check(pruned)}
          />
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <h3>{t('step2')}</h3>
        <div className={messageError ? 'field-row field--error' : 'field-row'}>
          <label htmlFor="root_supplement_message" className="label">{t('supplementMessage')} <span aria-hidden="true">*</span></label>
          {messageError && <p className="error-text" id="root_supplement_message__error">{messageError}</p>}
          <textarea id="root_supplement_message" ref={messageRef} className="input" rows={4} value={message} required
            onChange={(e) => setMessage(e.target.value)}
            aria-invalid={messageError ? true : undefined} aria-describedby={messageError ? 'root_supplement_message__error' : undefined} />
        </div>
        <h3>{t('step3')}</h3>
        <div className="supplement__preview" aria-live="polite">
          {preview === 'checking' ? (
            <p><span className="spinner" aria-hidden="true" /> {t('checking')}</p>
          ) : (
            <>
              <h4>{t('changesTitle')}</h4>
              <ChangeList changes={preview?.changes ?? { answers: [], attachments: [] }} />
              {message.trim() && (
                <>
                  <p>{t('messageToSend')}</p>
                  <blockquote className="info-request__question">{message.trim()}</blockquote>
                </>
              )}
            </>
          )}
        </div>
        <button type="submit" className="button button--primary" disabled={busy || editing || preview === 'checking'}>
          {busy ? (<><span className="spinner" aria-hidden="true" /> {t('sending')}</>) : t('sendSupplement')}
        </button>
      </form>
    </section>
  );
}

function CancelSection({ submission, onCancelled }: { submission: MySubmission; onCancelled(): void }) {
  const t = useTexts(customerTexts);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function open() {
    setError(null);
    dialogRef.current?.showModal();
  }
  function close() {
    dialogRef.current?.close();
    openerRef.current?.focus();
  }
  async function confirm() {
    setBusy(true);
    try {
      await customerApi.cancel(submission.id, reason.trim() || undefined);
      dialogRef.current?.close();
      onCancelled();
    } catch (err) {
      setError(reasonOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="cancel-title">
      <h2 id="cancel-title">{t('cancelTitle')}</h2>
      <p>{t('cancelLead')}</p>
      <div className="field-row">
        <label htmlFor="cancel-reason" className="label">{t('cancelReason')}</label>
        <textarea id="cancel-reason" className="input" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <button type="button" ref={openerRef} className="button button--danger" onClick={open}>{t('cancelTitle')}</button>
      <dialog ref={dialogRef} className="dialog" aria-labelledby="cancel-dialog-title" aria-describedby="cancel-dialog-text" onCancel={() => openerRef.current?.focus()}>
        <h2 id="cancel-dialog-title">{t('cancelQuestion', { reference: submission.reference })}</h2>
        <p id="cancel-dialog-text">{t('cancelWarning')}</p>
        {error && <p className="error-text" role="alert">{error}</p>}
        <div className="actions">
          <button type="button" className="button button--secondary" onClick={close} autoFocus>{t('keep')}</button>
          <button type="button" className="button button--danger" onClick={() => void confirm()} disabled={busy}>{t('confirmCancel')}</button>
        </div>
      </dialog>
    </section>
  );
}
