/** What a screen shows while its data loads or when loading failed. */
import { useTexts } from '../../ui/i18n/texts';
import { commonTexts } from '../../i18n/catalogs/builder';
import { ApiErrorMessage } from './ApiErrorMessage';
import type { Loaded } from './use-load';

export function LoadState({ loaded, onRetry }: { loaded: Loaded<unknown>; onRetry: () => void }) {
  const t = useTexts(commonTexts);
  if (loaded.state === 'loading') return <p aria-busy="true" role="status">{t('loading')}</p>;
  if (loaded.state === 'error')
    return (
      <>
        <ApiErrorMessage error={loaded.error} lead={t('loadFailed')} />
        <button type="button" onClick={onRetry}>{t('retry')}</button>
      </>
    );
  return null;
}
