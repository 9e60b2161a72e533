import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../../ui/api/http';
import { useTexts } from '../../../ui/i18n/texts';
import { caseTexts } from '../../../i18n/catalogs/desk';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  label: string;
  help: string;
  submitLabel: string;
  savedText: string;
  /** Ask before sending (messages reach the customer and cannot be taken back). */
  confirm?: { title: string; question: string; confirmLabel: string };
  className?: string;
  onSubmit(text: string): Promise<void>;
}

/** A textarea with a send button, for internal notes and messages to the customer. */
export function TextPostForm({ label, help, submitLabel, savedText, confirm, className, onSubmit }: Props) {
  const t = useTexts(caseTexts);
  const id = useId();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [asking, setAsking] = useState(false);

  async function send() {
    setBusy(true);
    setStatus(null);
    try {
      await onSubmit(text.trim());
      setText('');
      setStatus({ ok: true, text: savedText });
    } catch (err) {
      setStatus({ ok: false, text: t('saveFailed', { message: err instanceof ApiError ? err.message : String(err) }) });
    } finally {
      setBusy(false);
      setAsking(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (text.trim() === '') {
      setStatus({ ok: false, text: t('empty') });
      return;
    }
    if (confirm) setAsking(true);
    else void send();
  }

  return (
    <form onSubmit={submit} className={className} noValidate>
      <div className="desk-field">
        <label htmlFor={`${id}-text`}>{label}</label>
        <span id={`${id}-help`} className="desk-help">{help}</span>
        <textarea id={`${id}-text`} rows={3} value={text} onChange={(e) => setText(e.target.value)} aria-describedby={`${id}-help ${id}-status`}
          aria-invalid={status && !status.ok && text.trim() === '' ? true : undefined} />
      </div>
      <button type="submit" className="desk-button" disabled={busy} aria-busy={busy}>{busy ? t('saving') : submitLabel}</button>
      <div id={`${id}-status`} role={status && !status.ok ? 'alert' : 'status'} className={status && !status.ok ? 'desk-error' : 'desk-ok'}>{status?.text}</div>
      {asking && confirm && <ConfirmDialog {...confirm} onCancel={() => setAsking(false)} onConfirm={send} />}
    </form>
  );
}
