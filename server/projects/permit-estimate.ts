/**
 * How long a permit's service usually takes at its authority (käsittelyajan ennuste), for the
 * project's permits: the one estimate every view shows (server/estimates/estimate-for.ts),
 * measured from the authority's decided cases, else the deployment's response time as a target.
 */
import type { ProcessingEstimate } from '../../api-contract';
import type { AppContext } from '../context';
import { estimateFor } from '../estimates/estimate-for';

export async function permitEstimate(ctx: AppContext, permit: { serviceId: string; authorityId: string; respondWithinDays: number | null }): Promise<ProcessingEstimate> {
  return estimateFor(ctx, permit.serviceId, permit.authorityId, { respondWithinDays: permit.respondWithinDays });
}
