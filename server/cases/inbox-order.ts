/**
 * How a handler reads the status, service and municipality orders: statuses in workflow order,
 * services and municipalities by name in the handler's language (Swedish names in Swedish, else
 * Finnish ones), ties by the stored value.
 */
import type { Lang } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { authorityServices, serviceOrder, statusOrder } from './authority-services';
import { byValue, type SegmentOrder } from './inbox-query';
import { sortKind, type InboxSortKey } from './inbox-sort';
import type { Place } from '../reference/reference-repository';
import { localize } from '../../form-library/format/localize';

/** Municipality codes by name (`places` holds their names; a code without one sorts by itself). */
export function municipalityOrder(places: readonly Place[], codes: string[], lang: Lang): string[] {
  const names = new Map(places.map((m) => [m.code, localize(m, lang)]));
  const collator = new Intl.Collator(lang === 'sv' ? 'sv' : 'fi', { sensitivity: 'base' });
  return [...codes].sort((a, b) => collator.compare(names.get(a) ?? a, names.get(b) ?? b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * The order of the segments a sort by `key` asks for, with the names it needs read first: the
 * inbox calls it inside its query, which reads nothing more.
 */
export async function segmentOrderFor(ctx: AppContext, authorityId: string, key: InboxSortKey): Promise<SegmentOrder> {
  if (sortKind(key) !== 'segments') return byValue;
  if (key === 'municipality') {
    const places = (await ctx.repos.reference.municipalities()).map((m) => ({ code: m.code, fi: m.nameFi, sv: m.nameSv }));
    return (_key, values, lang) => municipalityOrder(places, values, lang);
  }
  const services = await authorityServices(ctx, authorityId);
  return (k, values, lang) => (k === 'service' ? serviceOrder(services, values, lang) : statusOrder(services, values));
}
