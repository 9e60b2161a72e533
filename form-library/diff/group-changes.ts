/** Groups a pack diff for display: pack-level changes first, then one group per service in diff order. */
import type { LocalizedText } from '../format/types';
import type { PackChange } from './pack-change';

export interface PackChangeGroup {
  /** null for changes to the pack itself (its name and description). */
  serviceId: string | null;
  serviceName: LocalizedText | null;
  changes: PackChange[];
}

export function groupPackChanges(changes: PackChange[]): PackChangeGroup[] {
  const groups = new Map<string | null, PackChangeGroup>();
  const pack: PackChangeGroup = { serviceId: null, serviceName: null, changes: [] };
  groups.set(null, pack);
  for (const change of changes) {
    if (!('serviceId' in change)) {
      pack.changes.push(change);
      continue;
    }
    let group = groups.get(change.serviceId);
    if (!group) {
      group = { serviceId: change.serviceId, serviceName: change.serviceName, changes: [] };
      groups.set(change.serviceId, group);
    }
    group.changes.push(change);
  }
  return [...groups.values()].filter((g) => g.changes.length > 0);
}
