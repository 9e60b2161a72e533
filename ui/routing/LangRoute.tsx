import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation, useParams } from 'react-router-dom';
import { LangContext, isLang } from '../i18n/texts';

/**
 * The language lives in the URL's first segment (/fi/…, /sv/…, /en/…): links can be shared in
 * the language they were made in, and <html lang> follows it for screen readers.
 */
export function LangRoute({ children }: { children: ReactNode }) {
  const { lang } = useParams();
  const location = useLocation();
  useEffect(() => {
    if (isLang(lang)) document.documentElement.lang = lang;
  }, [lang]);
  if (!isLang(lang)) {
    const rest = location.pathname.split('/').slice(2).join('/');
    return <Navigate to={`/fi/${rest}`} replace />;
  }
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}
