/** Small pieces every customer page uses: the page heading (focused on arrival, sets the title), paths, errors. */
import { useEffect, useRef, type ReactNode } from 'react';
import { ApiError } from '../../ui/api/http';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { customerTexts } from '../../i18n/catalogs/customer';

function isField(element: Element | null): boolean {
  return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
}

export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const t = useTexts(customerTexts);
  useEffect(() => {
    document.title = `${title} – ${t('brand')}`;
    // Moving focus to the new page's heading tells screen reader users the page changed; but not
    // away from a field someone is already typing in (a server-rendered page, before its scripts ran).
    if (!isField(document.activeElement)) ref.current?.focus({ preventScroll: false });
  }, [title, t('brand')]);
  return (
    <h1 tabIndex={-1} ref={ref}>
      {children}
    </h1>
  );
}

export function usePath(): (path: string) => string {
  const lang = useLang();
  return (path: string) => `/${lang}/${path.replace(/^\//, '')}`;
}

export function reasonOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry?(): void }) {
  const t = useTexts(customerTexts);
  return (
    <div className="notice notice--error" role="alert">
      <p>{t('loadError', { reason: reasonOf(error) })}</p>
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const t = useTexts(customerTexts);
  return (
    <p role="status" className="loading">
      <span className="spinner" aria-hidden="true" /> {t('loading')}
    </p>
  );
}
