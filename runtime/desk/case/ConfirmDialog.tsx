import { useState } from 'react';
import { useTexts } from '../../../ui/i18n/texts';
import { caseTexts } from '../../../i18n/catalogs/desk';
import { Dialog } from './Dialog';

/** "Are you sure?" before an act that cannot be undone or that reaches the customer. */
export function ConfirmDialog({ title, question, confirmLabel, onCancel, onConfirm }: {
  title: string;
  question: string;
  confirmLabel: string;
  onCancel(): void;
  onConfirm(): Promise<void>;
}) {
  const t = useTexts(caseTexts);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title={title} onClose={onCancel} busy={busy}>
      <p>{question}</p>
      <div className="desk-dialog__actions">
        <button type="button" className="desk-button desk-button--primary" disabled={busy} aria-busy={busy}
          onClick={() => {
            setBusy(true);
            onConfirm().finally(() => setBusy(false));
          }}>
          {busy ? t('saving') : confirmLabel}
        </button>
        <button type="button" className="desk-button" onClick={onCancel} disabled={busy}>{t('cancel')}</button>
      </div>
    </Dialog>
  );
}
