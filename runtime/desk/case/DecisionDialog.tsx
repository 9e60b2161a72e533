/**
 * The decision step: the handler writes the decision, attaches it as a PDF, or both, and sees the
 * appeal instructions the deployment will attach (or that none are set) before confirming.
 */
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../../ui/api/http';
import { useTexts } from '../../../ui/i18n/texts';
import { caseTexts, lifecycleTexts } from '../../../i18n/catalogs/desk';
import type { AppealInstructions, CaseTransition } from '../../../api-contract';
import { Dialog } from './Dialog';
import { StepActions, StepPreview } from './TransitionDialog';

interface Props {
  transition: CaseTransition;
  appeal: AppealInstructions | null;
  onCancel(): void;
  /** Records the decision; rejects with ApiError on refusal. */
  onConfirm(text: string, file: File | null): Promise<void>;
}

export function DecisionDialog({ transition, appeal, onCancel, onConfirm }: Props) {
  const t = useTexts(caseTexts);
  const l = useTexts(lifecycleTexts);
  const id = useId();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (text.trim() === '' && !file) return setError(l('decisionMissing'));
    if (file && file.type !== 'application/pdf' && !file.name.toLowerCase().endsWith('.pdf')) return setError(l('decisionNotPdf'));
    setBusy(true);
    setError(null);
    try {
      await onConfirm(text.trim(), file);
    } catch (err) {
      setError(t('saveFailed', { message: err instanceof ApiError ? err.message : String(err) }));
      setBusy(false);
    }
  }

  const invalid = error === l('decisionMissing');
  return (
    <Dialog title={transition.label} onClose={onCancel} busy={busy}>
      <form onSubmit={submit} noValidate>
        <StepPreview transition={transition} />
        <div className="desk-field">
          <label htmlFor={`${id}-text`}>{l('decisionText')}</label>
          <textarea id={`${id}-text`} rows={6} value={text} onChange={(e) => setText(e.target.value)}
            aria-invalid={invalid ? true : undefined} aria-describedby={`${id}-text-help${invalid ? ` ${id}-error` : ''}`} />
          <span id={`${id}-text-help`} className="desk-help">{l('decisionTextHelp')}</span>
        </div>
        <div className="desk-field">
          <label htmlFor={`${id}-file`}>{l('decisionFile')}</label>
          <input id={`${id}-file`} type="file" accept="application/pdf,.pdf" onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            aria-invalid={error === l('decisionNotPdf') ? true : undefined} aria-describedby={error === l('decisionNotPdf') ? `${id}-error` : undefined} />
        </div>
        {appeal ? (
          <details className="desk-alert-preview">
            <summary>{l('appealAttached')} {appeal.title}</summary>
            <blockquote>{appeal.text}</blockquote>
          </details>
        ) : (
          <p className="desk-help">{l('noAppeal')}</p>
        )}
        <StepActions errorId={`${id}-error`} error={error} busy={busy} label={transition.label} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
