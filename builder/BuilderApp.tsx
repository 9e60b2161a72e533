/**
 * The builder's shell: who is signed in, the navigation, and one route per screen. The designer
 * lives here; packs, deployments and staff screens (issue 6) replace the placeholders under their
 * own folders without touching the shell beyond their route line.
 */
import { Navigate, Route, Routes } from 'react-router-dom';
import { StaffSessionGate } from './shell/StaffSessionGate';
import { mayDesign, useStaffSession } from './shell/session';
import { BuilderLayout, BuilderPasswordPage, BuilderSecondFactorPage, PASSWORD_PATH, SECOND_FACTOR_PATH } from './shell/BuilderLayout';
import { PackListPage } from './designer/PackListPage';
import { DesignerPage } from './designer/DesignerPage';
import { PacksPage } from './packs/PacksPage';
import { DeploymentsPage } from './deployments/DeploymentsPage';
import { StaffPage } from './staff/StaffPage';
import { OutboxPage } from './alerts/OutboxPage';
import { ApiKeysPage } from './api-keys/ApiKeysPage';
import { WebhooksPage } from './webhooks/WebhooksPage';
import { ApiDocsPage } from './api-docs/ApiDocsPage';

export function BuilderApp() {
  return (
    <StaffSessionGate>
      <BuilderLayout>
        <Routes>
          <Route index element={<Home />} />
          <Route path="designer" element={<PackListPage />} />
          <Route path="designer/:packId" element={<DesignerPage />} />
          <Route path="packs/*" element={<PacksPage />} />
          <Route path="deployments/*" element={<DeploymentsPage />} />
          <Route path="staff/*" element={<StaffPage />} />
          <Route path="alerts" element={<OutboxPage />} />
          <Route path="api-keys" element={<ApiKeysPage />} />
          <Route path="webhooks" element={<WebhooksPage />} />
          <Route path="api-docs" element={<ApiDocsPage />} />
          <Route path={PASSWORD_PATH} element={<BuilderPasswordPage />} />
          <Route path={SECOND_FACTOR_PATH} element={<BuilderSecondFactorPage />} />
          <Route path="*" element={<Navigate to="designer" replace />} />
        </Routes>
      </BuilderLayout>
    </StaffSessionGate>
  );
}

/** Designers and coordinators start in the designer, authority admins in their deployments. */
function Home() {
  const { me } = useStaffSession();
  return <Navigate to={mayDesign(me.role) ? 'designer' : 'deployments'} replace />;
}
