/**
 * The service definition a submission is pinned to (its pack version, forever), read through the
 * routing part's per-process cache of immutable pack versions; plus the label helpers the case
 * views share.
 */
import { localize } from '../../form-library/format/localize';
import type { Lang, ServiceDefinition } from '../../form-library/format/types';
import type { AppContext } from '../context';
import { serviceOfVersion, servicesOfVersions } from '../routing/pack-content';

export async function pinnedService(ctx: AppContext, packId: number, version: number, serviceId: string): Promise<ServiceDefinition | null> {
  return serviceOfVersion(ctx, packId, version, serviceId);
}

/** The label of a workflow status in `lang`; the id itself when the workflow does not know it. */
export function statusLabel(service: ServiceDefinition | null, status: string, lang: Lang): string {
  const state = service?.workflow.states.find((s) => s.id === status);
  return state ? localize(state.label, lang) || status : status;
}

/** The pinned services of these cases, in their order. */
export async function pinnedServices(
  ctx: AppContext,
  cases: ReadonlyArray<{ packId: number; packVersion: number; serviceId: string }>,
): Promise<Array<ServiceDefinition | null>> {
  return servicesOfVersions(ctx, cases);
}
