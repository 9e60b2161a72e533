/**
 * Names for status ids in the filter chips. Counts come per status id; the label of a status is the
 * workflow's, taken from any loaded row, else from the templates' well-known states below.
 */
import type { Lang } from '../../../form-library/format/types';

const KNOWN: Record<string, Record<Lang, string>> = {
  SUBMITTED: { fi: 'Lähetetty', sv: 'Skickad', en: 'Submitted' },
  RECEIVED: { fi: 'Vastaanotettu', sv: 'Mottagen', en: 'Received' },
  IN_PROCESSING: { fi: 'Käsittelyssä', sv: 'Under behandling', en: 'In processing' },
  INFO_REQUESTED: { fi: 'Lisätietoja pyydetty', sv: 'Komplettering begärd', en: 'More information requested' },
  DECIDED: { fi: 'Päätetty', sv: 'Beslutad', en: 'Decided' },
  CLOSED: { fi: 'Suljettu', sv: 'Avslutad', en: 'Closed' },
  CANCELLED: { fi: 'Peruttu', sv: 'Återkallad', en: 'Cancelled' },
  ACKNOWLEDGED: { fi: 'Kuitattu', sv: 'Kvitterad', en: 'Acknowledged' },
};

export function statusName(id: string, lang: Lang, seen: ReadonlyMap<string, string>): string {
  return seen.get(id) ?? KNOWN[id]?.[lang] ?? id.charAt(0) + id.slice(1).toLowerCase().replace(/_/g, ' ');
}

/** The order chips appear in: the basic workflow's order, then any others alphabetically. */
export function statusOrder(ids: string[]): string[] {
  const known = Object.keys(KNOWN);
  return [...ids].sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
    return a.localeCompare(b);
  });
}
