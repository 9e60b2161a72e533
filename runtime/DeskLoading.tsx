/** What a handler sees while the desk's code (loaded lazily, never by customers) arrives. */
import { defineMessages, useMessages } from '../ui/i18n/messages';

export const deskLoadingMessages = defineMessages({
  fi: { loadingDesk: 'Ladataan virkailijan työpöytää…' },
  sv: { loadingDesk: 'Handläggarens skrivbord laddas…' },
  en: { loadingDesk: 'Loading the handler desk…' },
});

/** Announced politely (role="status") in the URL's language; the spinner stands still under reduced motion. */
export function DeskLoading() {
  const t = useMessages(deskLoadingMessages);
  return (
    <main className="site-main">
      <p role="status" className="loading">
        <span className="spinner" aria-hidden="true" /> {t.loadingDesk}
      </p>
    </main>
  );
}
