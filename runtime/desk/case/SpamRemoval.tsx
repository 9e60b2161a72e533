import { useState } from 'react';
import { ApiError } from '../../../ui/api/http';
import { useTexts } from '../../../ui/i18n/texts';
import { caseTexts } from '../../../i18n/catalogs/desk';
import { deskApi } from '../api/desk-api';
import { ConfirmDialog } from './ConfirmDialog';

/** "Remove as spam", after a confirmation that says what it does (server/cases/remove-spam.ts). */
export function SpamRemoval({ caseId, reference, onRemoved }: { caseId: number; reference: string; onRemoved(): void }) {
  const t = useTexts(caseTexts);
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState('');

  async function remove() {
    setFailure('');
    try {
      await deskApi.removeAsSpam(caseId);
      setAsking(false);
      onRemoved();
    } catch (err) {
      setAsking(false);
      setFailure(t('removeFailed', { message: err instanceof ApiError ? err.message : String(err) }));
    }
  }

  return (
    <>
      <p className="desk-help">{t('spamHelp')}</p>
      <button type="button" className="desk-button" onClick={() => setAsking(true)}>{t('removeSpam')}</button>
      <div role="alert" className="desk-error">{failure}</div>
      {asking && (
        <ConfirmDialog title={t('removeSpam')} question={t('confirmSpam', { reference })} confirmLabel={t('removeSpam')}
          onCancel={() => setAsking(false)} onConfirm={remove} />
      )}
    </>
  );
}
