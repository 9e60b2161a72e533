// Placeholder: the packs/deployments/staff engineer replaces this screen (route /builder/:lang/packs/*).
import { PlaceholderPage } from '../shell/BuilderLayout';

export function PacksPage() {
  return <PlaceholderPage title="packs" />;
}
