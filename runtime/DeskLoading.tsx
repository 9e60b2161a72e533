/** What a handler sees while the desk's code (loaded lazily, never by customers) arrives. */
import { useTexts } from '../ui/i18n/texts';
import { customerTexts } from '../i18n/catalogs/customer';

/** Announced politely (role="status") in the URL's language; the spinner stands still under reduced motion. */
export function DeskLoading() {
  const t = useTexts(customerTexts);
  return (
    <main className="site-main">
      <p role="status" className="loading">
        <span className="spinner" aria-hidden="true" /> {t('loadingDesk')}
      </p>
    </main>
  );
}
