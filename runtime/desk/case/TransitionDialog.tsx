import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../../ui/api/http';
import { useTexts } from '../../../ui/i18n/texts';
import { caseTexts } from '../../../i18n/catalogs/desk';
import type { CaseTransition } from '../../../api-contract';
import { Dialog } from './Dialog';

interface Props {
  transition: CaseTransition;
  onCancel(): void;
  /** Performs the transition; rejects with ApiError on refusal. */
  onConfirm(comment: string): Promise<void>;
}

export function toLabel(to: CaseTransition['to']): string {
  return typeof to === 'string' ? to : to.label;
}

/** Asks for the comment where the workflow requires one and shows the alert the customer will get. */
export function TransitionDialog({ transition, onCancel, onConfirm }: Props) {
  const t = useTexts(caseTexts);
  const id = useId();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (transition.commentRequired && comment.trim() === '') {
      setError(t('commentMissing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onConfirm(comment.trim());
    } catch (err) {
      setError(t('saveFailed', { message: err instanceof ApiError ? err.message : String(err) }));
      setBusy(false);
    }
  }

  return (
    <Dialog title={transition.label} onClose={onCancel} busy={busy}>
      <form onSubmit={submit} noValidate>
        <p>{t('dialogNewStatus', { status: toLabel(transition.to) })}</p>
        {transition.customerAlert ? (
          <div className="desk-alert-preview">
            <p>{t('dialogAlert')}</p>
            <blockquote>{transition.customerAlert}</blockquote>
          </div>
        ) : (
          <p>{t('dialogNoAlert')}</p>
        )}
        <div className="desk-field">
          <label htmlFor={`${id}-comment`}>{transition.commentRequired ? t('commentRequired') : t('commentOptional')}</label>
          <textarea id={`${id}-comment`} rows={4} value={comment} onChange={(e) => setComment(e.target.value)}
            required={transition.commentRequired} aria-required={transition.commentRequired}
            aria-invalid={error === t('commentMissing') ? true : undefined}
            aria-describedby={`${id}-comment-help${error ? ` ${id}-error` : ''}`} />
          <span id={`${id}-comment-help`} className="desk-help">{t('commentVisible')}</span>
        </div>
        <div id={`${id}-error`} role="alert" className={error ? 'desk-error' : undefined}>{error}</div>
        <div className="desk-dialog__actions">
          <button type="submit" className="desk-button desk-button--primary" disabled={busy} aria-busy={busy}>
            {busy ? t('saving') : t('confirm', { action: transition.label })}
          </button>
          <button type="button" className="desk-button" onClick={onCancel} disabled={busy}>{t('cancel')}</button>
        </div>
      </form>
    </Dialog>
  );
}
