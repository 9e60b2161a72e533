/** Where the draft's saving stands, said politely to screen readers; a failed save can be retried. */
import { useTexts } from '../../../ui/i18n/texts';
import { projectTexts } from '../../../i18n/catalogs/project';
import type { SaveState } from './use-server-draft';

export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry(): void }) {
  const t = useTexts(projectTexts);
  return (
    <div className={state === 'failed' ? 'save-status notice notice--error' : 'save-status'}>
      <p role="status" aria-live="polite">
        {state === 'saving' && (<><span className="spinner" aria-hidden="true" /> {t('saving')}</>)}
        {state === 'saved' && `✓ ${t('savedOnServer')}`}
        {state === 'failed' && t('saveFailed')}
        {state === 'conflict' && t('draftConflict')}
      </p>
      {state === 'failed' && <button type="button" className="button button--secondary" onClick={onRetry}>{t('retrySave')}</button>}
    </div>
  );
}
