/**
 * How long a permit's service usually takes at its authority (käsittelyajan ennuste), for the
 * project's permits and timeline. The one place the project views ask it: null until the
 * processing-time estimates are built, then their measure (or the deployment's target).
 */
import type { ProcessingEstimate } from '../../api-contract';
import type { AppContext } from '../context';

export function permitEstimate(_ctx: AppContext, _deploymentId: number): ProcessingEstimate {
  return null;
}
