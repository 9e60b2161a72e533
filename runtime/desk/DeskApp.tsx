/**
 * The handler desk (virkailijan työpöytä) at /:lang/virkailija/…: sign-in, the inbox of the
 * handler's own authority, a case view, and the alerts list. Everything in fi/sv/en.
 */
import { Route, Routes } from 'react-router-dom';
import { useMessages } from '../../ui/i18n/messages';
import { AlertsPage } from './alerts/AlertsPage';
import { AlertsProvider } from './alerts/alerts-store';
import { CasePage } from './case/CasePage';
import { InboxPage } from './inbox/InboxPage';
import { DeskLayout } from './layout/DeskLayout';
import { layoutMessages } from './layout/messages';
import { SessionProvider, useSession } from './session/session';
import { SignInPage } from './session/SignInPage';
import './desk.css';

function SignedInDesk() {
  const t = useMessages(layoutMessages);
  return (
    <AlertsProvider>
      <DeskLayout>
        <Routes>
          <Route index element={<InboxPage />} />
          <Route path="asiat/:id" element={<CasePage />} />
          <Route path="heratteet" element={<AlertsPage />} />
          <Route path="*" element={<h1>{t.notFound}</h1>} />
        </Routes>
      </DeskLayout>
    </AlertsProvider>
  );
}

function Gate() {
  const { state } = useSession();
  const t = useMessages(layoutMessages);
  if (state.kind === 'loading') return <p role="status" className="desk-loading">{t.loading}</p>;
  // Any desk URL shows the sign-in page when signed out and the same URL after signing in.
  if (state.kind === 'signedOut') return <SignInPage />;
  return <SignedInDesk />;
}

export function DeskApp() {
  return (
    <SessionProvider>
      <Gate />
    </SessionProvider>
  );
}
