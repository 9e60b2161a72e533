import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../../ui/api/http';
import { useTexts } from '../../../ui/i18n/texts';
import type { CaseTransition } from '../../../api-contract';
import { Dialog } from './Dialog';
import { caseTexts, lifecycleTexts } from '../../../i18n/catalogs/desk';
import { localDay } from '../../../ui/dates/local-day';
import { daysFromToday, DEFAULT_REPLY_DAYS } from './reply-deadline';

interface Props {
  transition: CaseTransition;
  onCancel(): void;
  /** Performs the transition; rejects with ApiError on refusal. A request for more information gives its reply deadline. */
  onConfirm(comment: string, replyBy?: string): Promise<void>;
}

export function toLabel(to: CaseTransition['to']): string {
  return typeof to === 'string' ? to : to.label;
}

/** What a step does: the new status and the alert the customer gets, if any. */
export function StepPreview({ transition }: { transition: CaseTransition }) {
  const t = useTexts(caseTexts);
  return (
    <>
      <p>{t('dialogNewStatus', { status: toLabel(transition.to) })}</p>
      {transition.customerAlert ? (
        <div className="desk-alert-preview">
          <p>{t('dialogAlert')}</p>
          <blockquote>{transition.customerAlert}</blockquote>
        </div>
      ) : (
        <p>{t('dialogNoAlert')}</p>
      )}
    </>
  );
}

/** A step dialog's error line (announced) and its confirm and cancel buttons. */
export function StepActions({ errorId, error, busy, label, onCancel }: { errorId: string; error: string | null; busy: boolean; label: string; onCancel(): void }) {
  const t = useTexts(caseTexts);
  return (
    <>
      <div id={errorId} role="alert" className={error ? 'desk-error' : undefined}>{error}</div>
      <div className="desk-dialog__actions">
        <button type="submit" className="desk-button desk-button--primary" disabled={busy} aria-busy={busy}>
          {busy ? t('saving') : t('confirm', { action: label })}
        </button>
        <button type="button" className="desk-button" onClick={onCancel} disabled={busy}>{t('cancel')}</button>
      </div>
    </>
  );
}

/**
 * Asks for the comment where the workflow requires one and shows the alert the customer will get. A
 * request for more information asks what is needed (the customer reads it as the question) and by when.
 */
export function TransitionDialog({ transition, onCancel, onConfirm }: Props) {
  const t = useTexts(caseTexts);
  const l = useTexts(lifecycleTexts);
  const id = useId();
  const asks = transition.requestsInformation === true;
  const today = localDay(new Date());
  const [comment, setComment] = useState('');
  const [replyBy, setReplyBy] = useState(() => daysFromToday(DEFAULT_REPLY_DAYS));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const commentMissing = asks ? l('infoQuestionMissing') : t('commentMissing');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if ((transition.commentRequired || asks) && comment.trim() === '') {
      setError(commentMissing);
      return;
    }
    if (asks && (replyBy === '' || replyBy < today)) {
      setError(l('replyByMissing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onConfirm(comment.trim(), asks ? replyBy : undefined);
    } catch (err) {
      setError(t('saveFailed', { message: err instanceof ApiError ? err.message : String(err) }));
      setBusy(false);
    }
  }

  return (
    <Dialog title={transition.label} onClose={onCancel} busy={busy}>
      <form onSubmit={submit} noValidate>
        <StepPreview transition={transition} />
        <div className="desk-field">
          <label htmlFor={`${id}-comment`}>{asks ? l('infoQuestion') : transition.commentRequired ? t('commentRequired') : t('commentOptional')}</label>
          <textarea id={`${id}-comment`} rows={4} value={comment} onChange={(e) => setComment(e.target.value)}
            required={transition.commentRequired || asks} aria-required={transition.commentRequired || asks}
            aria-invalid={error === commentMissing ? true : undefined}
            aria-describedby={`${id}-comment-help${error === commentMissing ? ` ${id}-error` : ''}`} />
          <span id={`${id}-comment-help`} className="desk-help">{asks ? l('infoQuestionHelp') : t('commentVisible')}</span>
        </div>
        {asks && (
          <div className="desk-field">
            <label htmlFor={`${id}-reply-by`}>{l('replyBy')}</label>
            <input id={`${id}-reply-by`} type="date" value={replyBy} min={today} required aria-required onChange={(e) => setReplyBy(e.target.value)}
              aria-invalid={error === l('replyByMissing') ? true : undefined}
              aria-describedby={`${id}-reply-by-help${error === l('replyByMissing') ? ` ${id}-error` : ''}`} />
            <span id={`${id}-reply-by-help`} className="desk-help">{l('replyByHelp')}</span>
          </div>
        )}
        <StepActions errorId={`${id}-error`} error={error} busy={busy} label={transition.label} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
