/** Header with the main navigation, the signed-in person and the language switch, around every screen. */
import type { ReactNode } from 'react';
import { NavLink } from 'react-router-dom';
import { LegalLinks } from '../../ui/footer/LegalLinks';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { shellTexts } from '../../i18n/catalogs/builder';
import { ChangePasswordLink, PasswordChangedStatus, VoluntaryPasswordChange } from '../../ui/password/VoluntaryPasswordChange';
import { mayDesign, mayManageApiKeys, mayManageWebhooks, useStaffSession, type StaffRole } from './session';
import { LanguageSwitcher } from './LanguageSwitcher';
import { PASSWORD_LOOK } from './StaffSessionGate';
import { SecondFactorLink } from '../../ui/second-factor/SecondFactorLink';
import { SecondFactorSettings } from '../../ui/second-factor/SecondFactorSettings';

/** The voluntary change-password screen's path under /builder/:lang. */
export const PASSWORD_PATH = 'password';
/** One's own two-step verification under /builder/:lang. */
export const SECOND_FACTOR_PATH = 'two-step';

type NavKey = 'designer' | 'packs' | 'deployments' | 'staff' | 'alerts' | 'apiKeys' | 'apiDocs' | 'webhooks';

/**
 * Which screens a role sees in the menu; the server decides what each may actually do. A screen
 * that needs a document of its own (`ownDocument`: the API documentation, under its own CSP) is
 * opened by loading one.
 */
const NAV: Array<{ key: NavKey; path: string; roles: (role: StaffRole) => boolean; ownDocument?: boolean }> = [
  { key: 'designer', path: 'designer', roles: mayDesign },
  { key: 'packs', path: 'packs', roles: (r) => r === 'coordinator' || r === 'designer' || r === 'admin' },
  { key: 'deployments', path: 'deployments', roles: (r) => r === 'admin' || r === 'coordinator' },
  { key: 'staff', path: 'staff', roles: (r) => r === 'admin' || r === 'coordinator' },
  { key: 'alerts', path: 'alerts', roles: (r) => r === 'admin' || r === 'coordinator' },
  { key: 'apiKeys', path: 'api-keys', roles: mayManageApiKeys },
  { key: 'apiDocs', path: 'api-docs', roles: mayManageApiKeys, ownDocument: true },
  { key: 'webhooks', path: 'webhooks', roles: mayManageWebhooks },
];

export function BuilderLayout({ children }: { children: ReactNode }) {
  const t = useTexts(shellTexts);
  const lang = useLang();
  const { me, signOut } = useStaffSession();
  return (
    <div className="bl-app">
      <a className="bl-skip" href="#main">{t('skipToContent')}</a>
      <header className="bl-header">
        <p className="bl-brand">{t('appName')}</p>
        <nav aria-label={t('mainNav')} className="bl-mainnav">
          <ul>
            {NAV.filter((n) => n.roles(me.role)).map((n) => (
              <li key={n.key}>
                <NavLink to={`/${lang}/${n.path}`} reloadDocument={n.ownDocument}>{t(n.key)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="bl-user">
          <span>{t('signedInAs', { name: me.name })}</span>
          <ChangePasswordLink to={`/${lang}/${PASSWORD_PATH}`} />
          <SecondFactorLink to={`/${lang}/${SECOND_FACTOR_PATH}`} />
          <button type="button" onClick={() => void signOut()}>{t('signOut')}</button>
        </div>
        <LanguageSwitcher />
      </header>
      <main id="main" className="bl-main" tabIndex={-1}>
        <PasswordChangedStatus />
        {children}
      </main>
      <footer className="bl-footer">
        {/* Plain links: the notices are pages of the customer app, outside the builder's /builder router. */}
        <LegalLinks className="bl-footer__links" />
      </footer>
    </div>
  );
}

/** "Change password" from the header, any time: back to the screen it was opened from. */
export function BuilderPasswordPage() {
  const lang = useLang();
  const { me } = useStaffSession();
  return (
    <section className="bl-page">
      <VoluntaryPasswordChange name={me.name} look={PASSWORD_LOOK} home={`/${lang}`} />
    </section>
  );
}

/** One's own two-step verification: on or off, recovery codes. */
export function BuilderSecondFactorPage() {
  return (
    <section className="bl-page">
      <SecondFactorSettings look={PASSWORD_LOOK} />
    </section>
  );
}

/** A screen another engineer fills in (packs, deployments, staff). */
export function PlaceholderPage({ title }: { title: NavKey }) {
  const t = useTexts(shellTexts);
  return (
    <section className="bl-page">
      <h1>{t(title)}</h1>
      <p>{t('placeholderText')}</p>
    </section>
  );
}
