/**
 * How a handler reads the status, service and municipality orders: statuses in workflow order,
 * services and municipalities by name in the handler's language (Swedish names in Swedish, else
 * Finnish ones), ties by the stored value.
 */
import type { Lang } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { authorityServices, serviceOrder, statusOrder } from './authority-services';
import type { SegmentOrder } from './inbox-query';
import { localize } from '../../form-library/format/localize';

export function municipalityOrder(ctx: AppContext, codes: string[], lang: Lang): string[] {
  const names = new Map(
    ctx.repos.reference.places(codes).map((m) => [m.code, localize(m, lang)]),
  );
  const collator = new Intl.Collator(lang === 'sv' ? 'sv' : 'fi', { sensitivity: 'base' });
  return [...codes].sort((a, b) => collator.compare(names.get(a) ?? a, names.get(b) ?? b) || (a < b ? -1 : a > b ? 1 : 0));
}

export function segmentOrderFor(ctx: AppContext, authorityId: string): SegmentOrder {
  return (key, values, lang) => {
    if (key === 'municipality') return municipalityOrder(ctx, values, lang);
    const services = authorityServices(ctx, authorityId);
    return key === 'service' ? serviceOrder(services, values, lang) : statusOrder(services, values);
  };
}
