import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { LANG_NAMES, LANGS, useLang, useTexts } from '../../../ui/i18n/texts';
import { layoutTexts } from '../../../i18n/catalogs/desk';
import { ChangePasswordLink, PasswordChangedStatus } from '../../../ui/password/VoluntaryPasswordChange';
import { SecondFactorLink } from '../../../ui/second-factor/SecondFactorLink';
import { LegalLinks } from '../../../ui/footer/LegalLinks';
import { useAlerts } from '../alerts/alerts-store';
import { authorityName } from '../api/desk-api';
import { useMe, useSession } from '../session/session';
import { deskPaths } from './paths';

/** The same page in another language: only the first path segment changes. */
function inLang(pathname: string, search: string, lang: string): string {
  const rest = pathname.split('/').slice(2).join('/');
  return `/${lang}/${rest}${search}`;
}

export function DeskLayout({ children }: { children: ReactNode }) {
  const t = useTexts(layoutTexts);
  const lang = useLang();
  const me = useMe();
  const { signOut } = useSession();
  const { list } = useAlerts();
  const location = useLocation();
  const unread = list?.unread ?? 0;
  const unreadText = list?.counts?.unreadCapped ? `${unread}+` : String(unread);

  return (
    <div className="desk">
      <a className="desk-skip" href="#desk-main">{t('skip')}</a>
      <header className="desk-header">
        <div className="desk-header__brand">
          <span className="desk-header__product">Kevyt · {t('deskName')}</span>
          <span className="desk-header__authority">{authorityName(me, lang)}</span>
        </div>
        <nav aria-label={t('mainNav')} className="desk-header__nav">
          <Link to={deskPaths.inbox(lang)} aria-current={location.pathname === deskPaths.inbox(lang) ? 'page' : undefined}>{t('inbox')}</Link>
          <Link to={deskPaths.alerts(lang)} aria-current={location.pathname === deskPaths.alerts(lang) ? 'page' : undefined}>
            {t('alerts')}
            {unread > 0 && (
              <span className="desk-badge">
                <span aria-hidden="true">{unreadText}</span>
                <span className="visually-hidden">({t('unreadAlerts', { n: unreadText })})</span>
              </span>
            )}
          </Link>
        </nav>
        <div className="desk-header__user">
          <span>{t('signedInAs', { name: me.name })}</span>
          <ChangePasswordLink to={deskPaths.password(lang)} />
          <SecondFactorLink to={deskPaths.secondFactor(lang)} />
          <button type="button" className="desk-button" onClick={() => void signOut()}>{t('signOut')}</button>
        </div>
        <ul className="desk-header__langs" aria-label={t('language')}>
          {LANGS.map((l) => (
            <li key={l}>
              <Link to={inLang(location.pathname, location.search, l)} state={location.state} lang={l} hrefLang={l} aria-current={l === lang ? "true" : undefined}>{LANG_NAMES[l]}</Link>
            </li>
          ))}
        </ul>
      </header>
      <main id="desk-main" className="desk-main" tabIndex={-1}>
        <PasswordChangedStatus className="desk-ok" />
        {children}
      </main>
      <footer className="desk-footer">
        <LegalLinks className="desk-footer__links" renderLink={(href, text) => <Link to={href}>{text}</Link>} />
      </footer>
    </div>
  );
}
