import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { LANG_NAMES, LANGS, useLang, useTexts } from '../../ui/i18n/texts';
import { customerTexts } from '../../i18n/catalogs/customer';
import { projectTexts } from '../../i18n/catalogs/project';
import { LegalLinks } from '../../ui/footer/LegalLinks';
import { ActingForSwitch } from './acting-for/ActingForPage';
import '../styles/customer.css';

/** The same page in another language: only the first path segment changes. */
export function pathInLang(pathname: string, search: string, lang: string): string {
  const rest = pathname.split('/').slice(2).join('/');
  return `/${lang}/${rest}${search}`;
}

export function LanguageSwitcher() {
  const lang = useLang();
  const t = useTexts(customerTexts);
  const location = useLocation();
  return (
    <nav className="lang-switch" aria-label={t('language')}>
      <ul>
        {LANGS.map((l) => (
          <li key={l}>
            <Link to={pathInLang(location.pathname, location.search, l)} lang={l} hrefLang={l} aria-current={l === lang ? 'true' : undefined}>
              {/* A phone shows the code (FI, SV, EN) to keep the header one line high; the name is still read out. */}
              <span className="lang-switch__name">{LANG_NAMES[l]}</span>
              <span className="lang-switch__code" aria-hidden="true">{l.toUpperCase()}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Layout() {
  const lang = useLang();
  const t = useTexts(customerTexts);
  const tp = useTexts(projectTexts);
  return (
    <>
      <a className="skip-link" href="#main">{t('skip')}</a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={`/${lang}`} className="site-brand">
            {t('brand')} <span>· {t('brandTail')}</span>
          </Link>
          <nav className="site-nav" aria-label={t('mainNav')}>
            <ul>
              <li><NavLink to={`/${lang}/asioi`} end={false}>{t('navServices')}</NavLink></li>
              <li><NavLink to={`/${lang}/omat`}>{t('navMine')}</NavLink></li>
              <li><NavLink to={`/${lang}/hankkeet/uusi`}>{tp('navStartProject')}</NavLink></li>
            </ul>
          </nav>
          <LanguageSwitcher />
        </div>
        <ActingForSwitch />
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t('footer')}</p>
          <LegalLinks className="site-footer__links" renderLink={(href, text) => <Link to={href}>{text}</Link>} />
        </div>
      </footer>
    </>
  );
}
