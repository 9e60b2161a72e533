/**
 * The handler desk (virkailijan työpöytä) at /:lang/virkailija/…: sign-in, the inbox of the
 * handler's own authority, a case view, the alerts list, changing one's password and one's
 * two-step verification; after a sign-in, the second step when the session owes it, then the
 * change-password screen after a temporary password; the return page of single sign-on through an
 * authority's own identity provider. Everything in fi/sv/en.
 */
import { Route, Routes } from 'react-router-dom';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { layoutTexts } from '../../i18n/catalogs/desk';
import { AlertsPage } from './alerts/AlertsPage';
import { AlertsProvider } from './alerts/alerts-store';
import { CasePage } from './case/CasePage';
import { InboxPage } from './inbox/InboxPage';
import { DeskLayout } from './layout/DeskLayout';
import { deskPaths } from './layout/paths';
import { SessionProvider, useMe, useSession } from './session/session';
import { SignInPage } from './session/SignInPage';
import { SsoReturnPage } from './session/SsoReturnPage';
import { ChangePasswordForm, type ChangePasswordLook } from '../../ui/password/ChangePasswordForm';
import { VoluntaryPasswordChange } from '../../ui/password/VoluntaryPasswordChange';
import { SecondFactorSettings } from '../../ui/second-factor/SecondFactorSettings';
import { SecondFactorStep } from '../../ui/second-factor/SecondFactorStep';
import { TotpEnrolment } from '../../ui/second-factor/TotpEnrolment';
import './desk.css';

function SignedInDesk() {
  const t = useTexts(layoutTexts);
  return (
    <AlertsProvider>
      <DeskLayout>
        <Routes>
          <Route index element={<InboxPage />} />
          <Route path="asiat/:id" element={<CasePage />} />
          <Route path="heratteet" element={<AlertsPage />} />
          <Route path="salasana" element={<DeskPasswordPage />} />
          <Route path="kaksivaiheinen" element={<SecondFactorSettings look={PASSWORD_LOOK} />} />
          <Route path="*" element={<h1>{t('notFound')}</h1>} />
        </Routes>
      </DeskLayout>
    </AlertsProvider>
  );
}

const PASSWORD_LOOK: ChangePasswordLook = { field: 'desk-field', primaryButton: 'desk-button desk-button--primary', button: 'desk-button', error: 'desk-error' };

/** After a sign-in with a temporary password the handler chooses their own before the inbox opens. */
function DeskChangePassword() {
  const { state, refresh, signOut } = useSession();
  if (state.kind !== 'signedIn') return null;
  return (
    <main id="desk-main" className="desk-signin" tabIndex={-1}>
      <ChangePasswordForm name={state.me.name} look={PASSWORD_LOOK} purpose={{ kind: 'temporary', onSignOut: () => void signOut() }} onChanged={() => void refresh()} />
    </main>
  );
}

/** The second step of the sign-in, or setting up the authenticator the role requires, before anything else. */
function DeskSecondFactor() {
  const { state, refresh, signOut } = useSession();
  if (state.kind !== 'signedIn') return null;
  return (
    <main id="desk-main" className="desk-signin" tabIndex={-1}>
      {state.me.twoFactor.step === 'code' ? (
        <SecondFactorStep name={state.me.name} look={PASSWORD_LOOK} onSignOut={() => void signOut()} onPassed={() => void refresh()} />
      ) : (
        <TotpEnrolment look={PASSWORD_LOOK} purpose={{ kind: 'required', name: state.me.name, onSignOut: () => void signOut() }} onDone={() => void refresh()} />
      )}
    </main>
  );
}

/** "Change password" from the header, any time: back to the page it was opened from. */
function DeskPasswordPage() {
  const me = useMe();
  return <VoluntaryPasswordChange name={me.name} look={PASSWORD_LOOK} home={deskPaths.inbox(useLang())} />;
}

function Gate() {
  const { state } = useSession();
  const t = useTexts(layoutTexts);
  if (state.kind === 'loading') return <p role="status" className="desk-loading">{t('loading')}</p>;
  // Any desk URL shows the sign-in page when signed out and the same URL after signing in.
  if (state.kind === 'signedOut') return <SignInPage />;
  if (state.me.twoFactor.step !== 'none') return <DeskSecondFactor />;
  if (state.me.mustChangePassword) return <DeskChangePassword />;
  return <SignedInDesk />;
}

export function DeskApp() {
  return (
    <Routes>
      {/* Where an authority's own identity provider sends staff back (server/staff-sso): before any session exists. */}
      <Route path="kertakirjautuminen" element={<SsoReturnPage />} />
      <Route
        path="*"
        element={
          <SessionProvider>
            <Gate />
          </SessionProvider>
        }
      />
    </Routes>
  );
}
