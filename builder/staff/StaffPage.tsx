// Placeholder: the packs/deployments/staff engineer replaces this screen (route /builder/:lang/staff/*).
import { PlaceholderPage } from '../shell/BuilderLayout';

export function StaffPage() {
  return <PlaceholderPage title="staff" />;
}
