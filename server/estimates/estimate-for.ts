/**
 * The one entry point for an estimate: what the form answer, the desk's case, the admin's
 * deployment list and the customer's projects show for a service at an authority.
 */
import type { ProcessingEstimate } from '../../api-contract/processing-estimate';
import type { AppContext } from '../context';
import { processingEstimate } from './estimate';
import { workingTimeFigures } from './estimate-store';

/**
 * Measured from the authority's decided cases of the service (ten or more), else the deployment's
 * response time as a target, else null. `deployment` is the one the customer sends to (its
 * response time is the target).
 */
export async function estimateFor(ctx: AppContext, serviceId: string, authorityId: string, deployment: { respondWithinDays: number | null }): Promise<ProcessingEstimate> {
  return processingEstimate(await workingTimeFigures(ctx, serviceId, authorityId), deployment.respondWithinDays);
}
