/**
 * Names for status ids in the filter chips. Counts come per status id; the label of a status is the
 * workflow's, taken from any loaded row, else from the templates' well-known states (desk catalog).
 */
import type { Lang } from '../../../form-library/format/types';
import { statusTexts } from '../../../i18n/catalogs/desk';
import { translator } from '../../../i18n/translate';

/** The basic workflow's states in their order, then the notification's. */
const KNOWN = ['SUBMITTED', 'RECEIVED', 'IN_PROCESSING', 'INFO_REQUESTED', 'DECIDED', 'CLOSED', 'CANCELLED', 'ACKNOWLEDGED'] as const;

export function statusName(id: string, lang: Lang, seen: ReadonlyMap<string, string>): string {
  const t = translator(statusTexts, lang);
  return seen.get(id) ?? (t.has(id) ? t(id) : id.charAt(0) + id.slice(1).toLowerCase().replace(/_/g, ' '));
}

/** The order chips appear in: the basic workflow's order, then any others alphabetically. */
export function statusOrder(ids: string[]): string[] {
  const known: readonly string[] = KNOWN;
  return [...ids].sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    if (ia !== -1 || ib !== -1) return (ia === -1 ? 99 : ia) - (ib === -1 ? 99 : ib);
    return a.localeCompare(b);
  });
}
