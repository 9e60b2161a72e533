import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../../ui/api/http';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { caseTexts, layoutTexts, lifecycleTexts } from '../../../i18n/catalogs/desk';
import { AnswerSummary } from '../../form-renderer';
import { useAlerts } from '../alerts/alerts-store';
import type { CaseDetail, CaseTransition } from '../../../api-contract';
import { deskApi } from '../api/desk-api';
import { formatAnswerDate, formatTimestamp } from '../../../i18n/intl-format';
import { deskPaths } from '../layout/paths';
import { AssignControl } from './AssignControl';
import { CaseProjectPanel } from './CaseProjectPanel';
import { DecisionDialog } from './DecisionDialog';
import { localDay } from '../../../ui/dates/local-day';
import { HistoryList } from './HistoryList';
import { SpamRemoval } from './SpamRemoval';
import { TextPostForm } from './TextPostForm';
import { toLabel, TransitionDialog } from './TransitionDialog';
import { ProcessingEstimateNote } from '../../../ui/estimates/ProcessingEstimateNote';

type Load =
  | { kind: 'loading' }
  | { kind: 'notFound' }
  | { kind: 'failed' }
  | { kind: 'ready'; detail: CaseDetail }
  | { kind: 'removed'; reference: string };

function municipalityText(m: CaseDetail['municipality']): string {
  return `${m.name} (${m.code})`;
}

/** The due day, marked overdue while the answer is late, or answered once it is given. */
function DueDate({ detail }: { detail: CaseDetail }) {
  const lc = useTexts(lifecycleTexts);
  const lang = useLang();
  if (!detail.dueDate) return <>{lc('dueNone')}</>;
  const overdue = detail.dueOpen === true && detail.dueDate < localDay(new Date());
  return (
    <>
      <time dateTime={detail.dueDate}>{formatAnswerDate(detail.dueDate, lang)}</time>
      {overdue && <> <span className="desk-tag desk-tag--overdue">{lc('overdue')}</span></>}
      {detail.dueOpen === false && <> ({lc('answered')})</>}
    </>
  );
}

export function CasePage() {
  const t = useTexts(caseTexts);
  const lc = useTexts(lifecycleTexts);
  const l = useTexts(layoutTexts);
  const lang = useLang();
  const { id = '' } = useParams();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [dialog, setDialog] = useState<CaseTransition | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { refresh: refreshAlerts } = useAlerts();

  const reload = useCallback(async () => {
    try {
      const detail = await deskApi.case(id, lang);
      setLoad({ kind: 'ready', detail });
    } catch (err) {
      setLoad(err instanceof ApiError && (err.status === 404 || err.status === 400) ? { kind: 'notFound' } : { kind: 'failed' });
    }
  }, [id, lang]);

  useEffect(() => {
    setLoad({ kind: 'loading' });
    void reload().then(() => void refreshAlerts());
  }, [reload, refreshAlerts]);

  const reference = load.kind === 'ready' ? load.detail.reference : load.kind === 'removed' ? load.reference : null;
  useEffect(() => {
    if (reference) {
      document.title = `${reference} – Kevyt`;
      headingRef.current?.focus();
    }
  }, [reference, load.kind]);

  if (load.kind === 'loading') return <p role="status">{t('loading')}</p>;
  if (load.kind === 'removed') {
    return (
      <>
        <h1 ref={headingRef} tabIndex={-1}>{t('spamRemoved', { reference: load.reference })}</h1>
        <p>{t('spamRemovedBody')}</p>
        <p><Link to={deskPaths.inbox(lang)}>{l('backToInbox')}</Link></p>
      </>
    );
  }
  if (load.kind === 'notFound' || load.kind === 'failed') {
    return (
      <>
        <h1>{load.kind === 'notFound' ? t('notFound') : t('loadFailed')}</h1>
        <p><Link to={deskPaths.inbox(lang)}>{l('backToInbox')}</Link></p>
      </>
    );
  }

  const d = load.detail;
  const customer = d.contact;
  const project = d.project ?? null;

  async function fire(transition: CaseTransition, comment: string, replyBy?: string) {
    await deskApi.transition(d.id, transition.event, comment || undefined, replyBy);
    await afterStep(transition);
  }

  async function decide(transition: CaseTransition, text: string, file: File | null) {
    await deskApi.decide(d.id, transition.event, text, file);
    await afterStep(transition);
  }

  async function afterStep(transition: CaseTransition) {
    setDialog(null);
    await reload();
    setAnnouncement(t('changed', { status: toLabel(transition.to) }));
    // The button that opened the dialog is usually gone with the old status: continue from the heading.
    headingRef.current?.focus();
  }

  return (
    <>
      <p className="desk-breadcrumb"><Link to={deskPaths.inbox(lang)}>{l('backToInbox')}</Link></p>
      <h1 ref={headingRef} tabIndex={-1}>
        {d.reference} <span className="desk-h1-sub">{d.service.name}</span>
      </h1>
      <div role="status" className="desk-ok">{announcement}</div>

      <div className="desk-case">
        <div className="desk-case__main">
          <section aria-labelledby="case-facts">
            <h2 id="case-facts">{t('facts')}</h2>
            <dl className="desk-facts">
              <div><dt>{t('status')}</dt><dd><strong>{d.status.label}</strong></dd></div>
              <div><dt>{t('customer')}</dt><dd>{[customer.name, customer.email, customer.phone].filter(Boolean).join(', ')}</dd></div>
              <div><dt>{t('identification')}</dt><dd>{t('identificationLevel', { level: d.identification })}</dd></div>
              {d.actingFor && <div><dt>{t('actingFor')}</dt><dd>{t('actingForCompany', { name: d.actingFor.name, businessId: d.actingFor.businessId })}</dd></div>}
              <div><dt>{t('municipality')}</dt><dd>{municipalityText(d.municipality)}</dd></div>
              <div><dt>{t('received')}</dt><dd><time dateTime={d.submittedAt}>{formatTimestamp(d.submittedAt, lang)}</time></dd></div>
              <div>
                <dt>{t('packVersion')}</dt>
                <dd>{d.pack ? t('packValue', { name: d.pack.name, slug: d.pack.slug, version: d.pack.version }) : d.packVersion}</dd>
              </div>
              <div><dt>{t('assignee')}</dt><dd>{d.assignee?.name ?? t('nobody')}</dd></div>
              <div><dt>{lc('dueDate')}</dt><dd><DueDate detail={d} /></dd></div>
              {d.estimate && (
                <div><dt>{t('estimateLabel')}</dt><dd><ProcessingEstimateNote estimate={d.estimate} texts={t} classes={{ paragraph: 'desk-estimate', detail: 'desk-hint' }} /></dd></div>
              )}
            </dl>
            {d.caseManagement && (
              <p data-testid="case-management">
                {t('caseManagementRecorded', { reference: d.caseManagement.caseManagementId, date: formatTimestamp(d.caseManagement.acknowledgedAt, lang) })}
              </p>
            )}
            <p>
              <a className="desk-link-button" href={deskApi.casePdfHref(d.id, lang)} download>{t('exportPdf')}</a>
            </p>
          </section>

          {project && <CaseProjectPanel project={project} />}

          {d.decisions && d.decisions.length > 0 && (
            <section aria-labelledby="case-decisions">
              <h2 id="case-decisions">{lc('decisions')}</h2>
              {d.decisions.map((decision) => (
                <div key={decision.id} className="desk-decision">
                  <p><strong>{lc('decidedOn', { date: formatTimestamp(decision.decidedAt, lang) })}</strong></p>
                  {decision.text && <p className="desk-history__text">{decision.text}</p>}
                  <p>
                    <a className="desk-link-button" href={decision.documentHref} download>{lc('decisionDocument')}</a>
                    {decision.file && decision.fileHref && (
                      <> <a className="desk-link-button" href={decision.fileHref} download={decision.file.name}>{lc('decisionFileLink', { name: decision.file.name })}</a></>
                    )}
                  </p>
                  {decision.appeal && (
                    <details>
                      <summary>{decision.appeal.title}</summary>
                      <p className="desk-history__text">{decision.appeal.text}</p>
                    </details>
                  )}
                </div>
              ))}
            </section>
          )}

          <section aria-labelledby="case-answers" className="desk-answers">
            <h2 id="case-answers">{t('answers')}</h2>
            <AnswerSummary definition={d.definition} lang={lang} data={d.data} attachments={d.attachments}
              attachmentHref={(attachmentId) => deskApi.attachmentHref(d.id, attachmentId)} headingLevel={3} />
          </section>

          <section aria-labelledby="case-attachments">
            <h2 id="case-attachments">{t('attachments')}</h2>
            {d.attachments.length === 0 ? <p>{t('noAttachments')}</p> : (
              <ul className="desk-files">
                {d.attachments.map((a) => (
                  <li key={a.id} className={a.state ? 'desk-files__old' : undefined}>
                    <span>{a.name} ({a.type}, {Math.max(1, Math.round(a.size / 1024))} kB)</span>{' '}
                    {a.state && (
                      <span className="desk-tag desk-tag--internal">{a.state === 'replaced' && a.replacedBy ? lc('replacedBy', { name: a.replacedBy.name }) : lc('removedFile')}</span>
                    )}{' '}
                    <a href={deskApi.attachmentHref(d.id, a.id)} target="_blank" rel="noopener">{t('open')}<span className="visually-hidden">: {a.name}</span></a>{' '}
                    <a href={deskApi.attachmentHref(d.id, a.id)} download={a.name}>{t('download')}<span className="visually-hidden">: {a.name}</span></a>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="case-history">
            <h2 id="case-history">{t('history')}</h2>
            <HistoryList history={d.history} customerName={customer.name}
              decisionHref={(decisionId) => d.decisions?.find((x) => x.id === decisionId)?.documentHref} />
          </section>
        </div>

        <aside className="desk-case__side" aria-labelledby="case-actions">
          <h2 id="case-actions">{t('actions')}</h2>
          {d.transitions.length === 0 ? <p>{t('noActions')}</p> : (
            <ul className="desk-transitions">
              {d.transitions.map((tr) => (
                <li key={tr.event}>
                  <button type="button" className="desk-button desk-button--primary" onClick={() => setDialog(tr)}>{tr.label}</button>
                </li>
              ))}
            </ul>
          )}

          <h3>{t('assign')}</h3>
          <AssignControl caseId={d.id} reference={d.reference} assignee={d.assignee} onChanged={reload} />

          <h3>{t('message')}</h3>
          <TextPostForm label={t('message')} help={t('messageHelp')} submitLabel={t('sendMessage')} savedText={t('messageSaved')}
            confirm={{ title: t('sendMessage'), question: t('confirmMessage'), confirmLabel: t('send') }}
            onSubmit={async (body) => {
              await deskApi.message(d.id, body);
              await reload();
            }} />

          <h3>{t('note')}</h3>
          <TextPostForm label={t('note')} help={t('noteHelp')} submitLabel={t('addNote')} savedText={t('noteSaved')} className="desk-note-form"
            onSubmit={async (body) => {
              await deskApi.note(d.id, body);
              await reload();
            }} />

          <h3>{t('spam')}</h3>
          <SpamRemoval caseId={d.id} reference={d.reference} onRemoved={() => {
            setLoad({ kind: 'removed', reference: d.reference });
            void refreshAlerts();
          }} />
        </aside>
      </div>

      {dialog && dialog.decision && (
        <DecisionDialog transition={dialog} appeal={d.appeal ?? null} onCancel={() => setDialog(null)} onConfirm={(text, file) => decide(dialog, text, file)} />
      )}
      {dialog && !dialog.decision && (
        <TransitionDialog transition={dialog} onCancel={() => setDialog(null)} onConfirm={(comment, replyBy) => fire(dialog, comment, replyBy)} />
      )}
    </>
  );
}
