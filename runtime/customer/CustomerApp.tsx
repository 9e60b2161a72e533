import { Link, Route, Routes } from 'react-router-dom';
import { useMessages } from '../../ui/i18n/messages';
import { Layout } from './Layout';
import { customerMessages } from './messages';
import { PageHeading, usePath } from './page-kit';
import { HomePage } from './pages/HomePage';
import { MySubmissionsPage } from './pages/MySubmissionsPage';
import { OfferingPage } from './pages/OfferingPage';
import { ReceiptPage } from './pages/ReceiptPage';
import { ServicePage } from './pages/ServicePage';
import { SignInPage } from './pages/SignInPage';
import { SubmissionPage } from './pages/SubmissionPage';

/**
 * The customer's runtime under /:lang/: find a municipality's e-services, fill and send, follow.
 * Paths (Finnish slugs in every language, so a language switch only changes the first segment):
 *   /fi/asioi/091                     offering of Helsinki
 *   /fi/asioi/091/palvelu/<deployment> fill a service
 *   /fi/kuitti/<id>                    receipt
 *   /fi/kirjaudu, /fi/omat, /fi/omat/<id>  sign-in, my submissions, one submission
 */
export function CustomerApp() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="asioi" element={<HomePage />} />
        <Route path="asioi/:municipality" element={<OfferingPage />} />
        <Route path="asioi/:municipality/palvelu/:deploymentId" element={<ServicePage />} />
        <Route path="kuitti/:id" element={<ReceiptPage />} />
        <Route path="kirjaudu" element={<SignInPage />} />
        <Route path="omat" element={<MySubmissionsPage />} />
        <Route path="omat/:id" element={<SubmissionPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function NotFound() {
  const t = useMessages(customerMessages);
  const path = usePath();
  return (
    <>
      <PageHeading title={t.serviceNotFound}>{t.serviceNotFound}</PageHeading>
      <p><Link to={path('')}>{t.navServices}</Link></p>
    </>
  );
}
