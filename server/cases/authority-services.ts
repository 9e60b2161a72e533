/**
 * The services an authority has deployed (active or withdrawn: its inbox still holds their cases),
 * one entry per service id, with the pack they come from. Feeds the desk's service filter and the
 * inbox's service and status orders.
 */
import { localize } from '../../form-library/format/localize';
import type { Lang, ServiceDefinition } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { pinnedService } from '../submissions/pinned-service';

export interface AuthorityService {
  serviceId: string;
  packId: number;
  packSlug: string;
  packVersion: number;
  active: boolean;
  definition: ServiceDefinition | null;
}

export async function authorityServices(ctx: AppContext, authorityId: string): Promise<AuthorityService[]> {
  const byService = new Map<string, AuthorityService>();
  for (const row of await ctx.repos.cases.deployedServices(authorityId)) {
    if (byService.has(row.serviceId)) continue;
    byService.set(row.serviceId, {
      serviceId: row.serviceId,
      packId: row.packId,
      packSlug: row.packSlug,
      packVersion: row.packVersion,
      active: row.active,
      definition: await pinnedService(ctx, row.packId, row.packVersion, row.serviceId),
    });
  }
  return [...byService.values()];
}

export function serviceName(service: AuthorityService, lang: Lang): string {
  return service.definition ? localize(service.definition.name, lang) || service.serviceId : service.serviceId;
}

/** Service ids ordered by their names in `lang`, then by id; ids without a deployment go last. */
export function serviceOrder(services: AuthorityService[], ids: Iterable<string>, lang: Lang): string[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  const names = new Map(services.map((s) => [s.serviceId, serviceName(s, lang)]));
  return [...ids].sort((a, b) => {
    const na = names.get(a);
    const nb = names.get(b);
    if (na === undefined || nb === undefined) return (na === undefined ? 1 : 0) - (nb === undefined ? 1 : 0) || (a < b ? -1 : a > b ? 1 : 0);
    return collator.compare(na, nb) || (a < b ? -1 : a > b ? 1 : 0);
  });
}

/**
 * Status ids in workflow order: each status takes its earliest place in any of the authority's
 * workflows (so SUBMITTED comes before RECEIVED before DECIDED), ties and unknown ids by id.
 */
export function statusOrder(services: AuthorityService[], ids: Iterable<string>): string[] {
  const place = new Map<string, number>();
  for (const s of services) {
    s.definition?.workflow.states.forEach((state, i) => {
      const known = place.get(state.id);
      if (known === undefined || i < known) place.set(state.id, i);
    });
  }
  return [...ids].sort((a, b) => (place.get(a) ?? 1e6) - (place.get(b) ?? 1e6) || (a < b ? -1 : a > b ? 1 : 0));
}
