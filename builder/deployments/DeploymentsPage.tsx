// Placeholder: the packs/deployments/staff engineer replaces this screen (route /builder/:lang/deployments/*).
import { PlaceholderPage } from '../shell/BuilderLayout';

export function DeploymentsPage() {
  return <PlaceholderPage title="deployments" />;
}
