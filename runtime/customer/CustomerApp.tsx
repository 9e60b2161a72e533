import { lazy, Suspense, useContext, useEffect, useState, type ReactNode } from 'react';
import { Link, Route, Routes, useLocation, useParams } from 'react-router-dom';
import { NOTICE_PATHS } from '../../ui/footer/LegalLinks';
import { useLang, useTexts } from '../../ui/i18n/texts';
import { customerTexts } from '../../i18n/catalogs/customer';
import { Layout } from './Layout';
import { Loading, PageHeading, usePath } from './page-kit';
import { HomePage } from './pages/HomePage';
import { MySubmissionsPage } from './pages/MySubmissionsPage';
import { OfferingPage } from './pages/OfferingPage';
import { SignInPage } from './pages/SignInPage';
import { IdentificationReturnPage } from './identification/IdentificationReturnPage';
import { ActingForPage } from './acting-for/ActingForPage';
import { AssessmentListPage } from './assessment/AssessmentListPage';
import { knownVersion, loadServiceForm } from './service-form-load';
import { SERVICE_PAGE_ROUTE } from '../../form-library/delivery/service-urls';
import { useLoad } from './use-load';
import { ServerRenderedFormContext, serverRenderedFormFor } from './server-rendered-form';

// The pages that render or read a form carry the form engine (rjsf, ajv, the compiler): they load
// when first visited, so finding a service costs a customer none of it.
const ServicePage = lazy(() => import('./pages/ServicePage').then((m) => ({ default: m.ServicePage })));
const ReceiptPage = lazy(() => import('./pages/ReceiptPage').then((m) => ({ default: m.ReceiptPage })));
const SubmissionPage = lazy(() => import('./pages/SubmissionPage').then((m) => ({ default: m.SubmissionPage })));
const AssessmentPage = lazy(() => import('./assessment/AssessmentPage').then((m) => ({ default: m.AssessmentPage })));
const AssessmentResultPage = lazy(() => import('./assessment/AssessmentResultPage').then((m) => ({ default: m.AssessmentResultPage })));
const StartProjectPage = lazy(() => import('./projects/StartProjectPage').then((m) => ({ default: m.StartProjectPage })));
const ProjectPage = lazy(() => import('./projects/ProjectPage').then((m) => ({ default: m.ProjectPage })));
const ProjectDataPage = lazy(() => import('./projects/ProjectDataPage').then((m) => ({ default: m.ProjectDataPage })));
const ProjectDetailsPage = lazy(() => import('./projects/ProjectDetailsPage').then((m) => ({ default: m.ProjectDetailsPage })));
const PermitPage = lazy(() => import('./projects/PermitPage').then((m) => ({ default: m.PermitPage })));
const PrivacyNoticePage = lazy(() => import('./notices/NoticePages').then((m) => ({ default: m.PrivacyNoticePage })));
const AccessibilityStatementPage = lazy(() => import('./notices/NoticePages').then((m) => ({ default: m.AccessibilityStatementPage })));

function Deferred({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/**
 * The service page's route asks for the form itself, at once: the page's chunk (the form engine)
 * and the form then download side by side, not one after the other.
 */
export function ServiceRoute() {
  const { deploymentId = '' } = useParams();
  const lang = useLang();
  const { state } = useLocation();
  // A page the server rendered: its first render is the server's, with the form it was rendered with.
  const rendered = useContext(ServerRenderedFormContext);
  const [serverRendered] = useState(() => serverRenderedFormFor(rendered, deploymentId, lang));
  useEffect(() => {
    if (rendered && serverRendered) rendered.taken = true;
  }, [rendered, serverRendered]);
  const version = serverRendered?.packVersion ?? knownVersion(deploymentId, lang, state);
  const form = useLoad(() => loadServiceForm(deploymentId, lang, version), `${deploymentId}|${lang}|${version ?? ''}`, serverRendered);
  return <Deferred><ServicePage form={form} serverRendered={serverRendered !== undefined} /></Deferred>;
}

/**
 * The customer's runtime under /:lang/: find a municipality's e-services, fill and send, follow.
 * Paths (Finnish slugs in every language, so a language switch only changes the first segment):
 *   /fi/asioi/091                     offering of Helsinki
 *   /fi/asioi/091/palvelu/<deployment> fill a service
 *   /fi/kuitti/<id>                    receipt
 *   /fi/kirjaudu, /fi/omat, /fi/omat/<id>  sign-in, my submissions, one submission
 *   /fi/tunnistautuminen               where the identity provider sends a strong identification back
 *   /fi/asiointirooli?seuraava=…       whom a strongly identified customer acts for: themselves or a company
 *   /fi/hankkeet/uusi[?kunta=091|?tulos=<result id>]  start a project (from an assessment's result)
 *   /fi/hankkeet/<id>                  a project: permits, timeline; /tiedot its data, /yhteystiedot its name and contact, /luvat/<permit> a permit's form
 *   /fi/selvitys?aihe=events&kunta=091  permit-needs assessments (of a topic; for a municipality)
 *   /fi/selvitys/<pack>/<id>            answer one
 *   /fi/selvitys/tulos/<result id>      its result (printable; the link to come back to)
 *   /fi/tietosuoja, /fi/saavutettavuus   privacy notice, accessibility statement (linked from every app's footer)
 */
export function CustomerApp() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route path="asioi" element={<HomePage />} />
        <Route path="asioi/:municipality" element={<OfferingPage />} />
        <Route path={SERVICE_PAGE_ROUTE} element={<ServiceRoute />} />
        <Route path="kuitti/:id" element={<Deferred><ReceiptPage /></Deferred>} />
        <Route path="kirjaudu" element={<SignInPage />} />
        <Route path="tunnistautuminen" element={<IdentificationReturnPage />} />
        <Route path="asiointirooli" element={<ActingForPage />} />
        <Route path="omat" element={<MySubmissionsPage />} />
        <Route path="omat/:id" element={<Deferred><SubmissionPage /></Deferred>} />
        <Route path="hankkeet/uusi" element={<Deferred><StartProjectPage /></Deferred>} />
        <Route path="hankkeet/:id" element={<Deferred><ProjectPage /></Deferred>} />
        <Route path="hankkeet/:id/tiedot" element={<Deferred><ProjectDataPage /></Deferred>} />
        <Route path="hankkeet/:id/yhteystiedot" element={<Deferred><ProjectDetailsPage /></Deferred>} />
        <Route path="hankkeet/:id/luvat/:permitId" element={<Deferred><PermitPage /></Deferred>} />
        <Route path="selvitys" element={<AssessmentListPage />} />
        <Route path="selvitys/:pack/:id" element={<Deferred><AssessmentPage /></Deferred>} />
        <Route path="selvitys/tulos/:resultId" element={<Deferred><AssessmentResultPage /></Deferred>} />
        <Route path={NOTICE_PATHS.privacy} element={<Deferred><PrivacyNoticePage /></Deferred>} />
        <Route path={NOTICE_PATHS.accessibility} element={<Deferred><AccessibilityStatementPage /></Deferred>} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

/** An address no page answers (a mistyped or outdated link): says so, and offers the way in. */
function NotFound() {
  const t = useTexts(customerTexts);
  const path = usePath();
  return (
    <>
      <PageHeading title={t('pageNotFound')}>{t('pageNotFound')}</PageHeading>
      <p>{t('pageNotFoundHelp')}</p>
      <p><Link to={path('')}>{t('navServices')}</Link></p>
    </>
  );
}
