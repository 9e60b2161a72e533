/**
 * "Send all complete": first what will be sent and what is not ready, then on confirmation one
 * send of them all; the receipts (one reference per permit, to its own authority) and the permits
 * still missing answers, with their fields. Focus moves to the outcome.
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatAnswerDate } from '../../../i18n/intl-format';
import { useLang, useTexts } from '../../../ui/i18n/texts';
import { projectTexts } from '../../../i18n/catalogs/project';
import { reasonOf, usePath } from '../page-kit';
import { InlineConfirm } from './InlineConfirm';
import { projectsApi, type ProjectPermit, type SendAllAnswer } from './projects-api';

interface Props {
  projectId: number;
  permits: ProjectPermit[];
  onSent(): void;
}

export function SendAllPanel({ projectId, permits, onSent }: Props) {
  const t = useTexts(projectTexts);
  const lang = useLang();
  const path = usePath();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<SendAllAnswer | null>(null);
  const outcome = useRef<HTMLHeadingElement>(null);
  const drafts = permits.filter((p) => p.state === 'draft');
  const ready = drafts.filter((p) => p.missing.length === 0);
  const notReady = drafts.filter((p) => p.missing.length > 0);
  const serviceOf = (id: number) => permits.find((p) => p.id === id);

  useEffect(() => {
    if (answer) outcome.current?.focus();
  }, [answer]);

  async function sendAll() {
    setBusy(true);
    setError(null);
    try {
      const result = await projectsApi.sendAll(projectId, lang);
      setAnswer(result);
      setConfirming(false);
      onSent();
    } catch (err) {
      setError(t('sendFailed', { reason: reasonOf(err) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel send-all" aria-labelledby="send-all-heading">
      <h2 id="send-all-heading">{t('sendAllTitle')}</h2>
      {answer && (
        <div className="receipt send-all__outcome">
          <h3 tabIndex={-1} ref={outcome}>{t('sentCount', { count: answer.sent.length })}</h3>
          {answer.sent.length > 0 && (
            <ul>
              {answer.sent.map((s) => (
                <li key={s.permitId}>
                  <strong>{serviceOf(s.permitId)?.service.name ?? ''}</strong>: <Link to={path(`omat/${s.receipt.id}`)} className="reference">{s.receipt.reference}</Link>
                  {' – '}{s.receipt.authority.name}
                  {s.receipt.dueDate && <> {' · '}{t('dueBy', { date: formatAnswerDate(s.receipt.dueDate, lang) })}</>}
                </li>
              ))}
            </ul>
          )}
          {answer.notReady.length > 0 && (
            <>
              <h4>{t('notReadyTitle', { count: answer.notReady.length })}</h4>
              <ul>
                {answer.notReady.map((n) => (
                  <li key={n.permitId}>
                    <Link to={path(`hankkeet/${projectId}/luvat/${n.permitId}`)}>{n.service}</Link>
                    <ul>{n.fields.map((f) => <li key={f.path}>{f.message}</li>)}</ul>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {!answer && drafts.length === 0 && <p>{t('nothingToSend')}</p>}
      {!answer && drafts.length > 0 && !confirming && (
        <>
          <p>{t('sendAllLead', { ready: ready.length, total: drafts.length })}</p>
          <button type="button" className="button button--primary" onClick={() => setConfirming(true)} disabled={ready.length === 0} aria-disabled={ready.length === 0}>
            {t('sendAllButton')}
          </button>
        </>
      )}
      {confirming && (
        <InlineConfirm id="send-all-confirm" title={t('sendAllConfirm', { count: ready.length })} confirmLabel={t('sendAllConfirmButton', { count: ready.length })} cancelLabel={t('cancel')}
          busy={busy} busyLabel={t('sending')} onConfirm={() => void sendAll()} onCancel={() => setConfirming(false)}>
          <ul>{ready.map((p) => <li key={p.id}>{p.service.name} – {p.authority.name}</li>)}</ul>
          {notReady.length > 0 && (
            <>
              <p>{t('notSentYet')}</p>
              <ul>{notReady.map((p) => <li key={p.id}>{p.service.name}: {t('missingCount', { count: p.missing.length })}</li>)}</ul>
            </>
          )}
          {error && <p className="notice notice--error" role="alert">{error}</p>}
        </InlineConfirm>
      )}
    </section>
  );
}
