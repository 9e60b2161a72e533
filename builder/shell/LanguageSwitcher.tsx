/** Switches the builder's language by swapping the first URL segment; the rest of the path stays. */
import { Link, useLocation } from 'react-router-dom';
import { LANG_NAMES, LANGS, useLang, useTexts } from '../../ui/i18n/texts';
import { shellTexts } from '../../i18n/catalogs/builder';

export function LanguageSwitcher() {
  const lang = useLang();
  const t = useTexts(shellTexts);
  const { pathname, search } = useLocation();
  const rest = pathname.split('/').slice(2).join('/');
  return (
    <nav aria-label={t('language')} className="bl-langs">
      <ul>
        {LANGS.map((l) => (
          <li key={l}>
            <Link to={`/${l}/${rest}${search}`} lang={l} hrefLang={l} aria-current={l === lang ? 'true' : undefined}>
              {LANG_NAMES[l]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
