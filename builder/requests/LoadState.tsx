/** What a screen shows while its data loads or when loading failed. */
import { useMessages } from '../../ui/i18n/messages';
import { ApiErrorMessage } from './ApiErrorMessage';
import { commonMessages } from './messages';
import type { Loaded } from './useLoad';

export function LoadState({ loaded, onRetry }: { loaded: Loaded<unknown>; onRetry: () => void }) {
  const t = useMessages(commonMessages);
  if (loaded.state === 'loading') return <p aria-busy="true" role="status">{t.loading}</p>;
  if (loaded.state === 'error')
    return (
      <>
        <ApiErrorMessage error={loaded.error} lead={t.loadFailed} />
        <button type="button" onClick={onRetry}>{t.retry}</button>
      </>
    );
  return null;
}

/** A date and time in the reader's language. */
export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(lang === 'en' ? 'en-GB' : lang === 'sv' ? 'sv-FI' : 'fi-FI', { dateStyle: 'medium', timeStyle: 'short' });
}
