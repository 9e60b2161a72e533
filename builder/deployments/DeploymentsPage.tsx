/** The authority admin's deployment screens: list and library, deploy, settings, upgrade, preview a library service. */
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { useTexts } from '../../ui/i18n/texts';
import { deploymentTexts } from '../../i18n/catalogs/builder';
import { commonTexts } from '../../i18n/catalogs/builder';
import { useStaffSession } from '../shell/session';
import { DeployForm } from './DeployForm';
import { DeploymentsHome } from './DeploymentsHome';
import { SettingsPage } from './SettingsPage';
import { UpgradePage } from './UpgradePage';
import '../packs/packs.css';

// The preview carries the form engine (rjsf, the renderer): it loads when an admin first opens one.
const ServicePreviewPage = lazy(() => import('./ServicePreviewPage').then((m) => ({ default: m.ServicePreviewPage })));

export function DeploymentsPage() {
  const { me } = useStaffSession();
  const t = useTexts(deploymentTexts);
  const c = useTexts(commonTexts);
  if (!me.authority || me.role !== 'admin') {
    return (
      <section className="bl-page">
        <h1>{t('title')}</h1>
        <p>{t('noAuthority')}</p>
      </section>
    );
  }
  const authorityId = me.authority.id;
  return (
    <Routes>
      <Route index element={<DeploymentsHome authorityId={authorityId} />} />
      <Route path="new" element={<DeployForm authorityId={authorityId} />} />
      <Route path=":deploymentId/settings" element={<SettingsPage authorityId={authorityId} />} />
      <Route path=":deploymentId/upgrade" element={<UpgradePage authorityId={authorityId} />} />
      <Route path="preview" element={<Suspense fallback={<p>{c('loading')}</p>}><ServicePreviewPage /></Suspense>} />
    </Routes>
  );
}
