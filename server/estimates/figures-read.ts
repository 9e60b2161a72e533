/** Reads a service's working-time figures at an authority: the count, then the median's and the 80th percentile's ranks. */
import { MEDIAN, P80, percentileRank, type WorkingTimeFigures } from './estimate';
import type { EstimateRepository } from './estimate-repository';

export async function figuresFromRepository(repository: EstimateRepository, serviceId: string, authorityId: string): Promise<WorkingTimeFigures | null> {
  const cases = await repository.count(serviceId, authorityId);
  if (cases === 0) return null;
  const medianMs = await repository.workingMsAtRank(serviceId, authorityId, percentileRank(cases, MEDIAN));
  const p80Ms = await repository.workingMsAtRank(serviceId, authorityId, percentileRank(cases, P80));
  // Read apart from the count, a concurrent removal could leave a rank empty: then there is nothing to say.
  return medianMs === undefined || p80Ms === undefined ? null : { cases, medianMs, p80Ms };
}
