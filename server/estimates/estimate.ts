/**
 * From the working times of a service's decided cases at one authority to the estimate customers,
 * handlers and admins read. Plain rules, no database: the repository reads the two ranks asked for
 * here (`percentileRank`) so the SQL and the unit tests agree on which case is the median.
 *
 * Percentiles use the nearest-rank method: the p-th percentile of n working times sorted shortest
 * first is the one at rank ⌈p·n⌉ (1-based), always a real case's time, never an average of two;
 * for an even n the median is the lower of the middle two. Days are rounded up to whole days
 * (⌈ms / 24 h⌉): a case decided in 9 days and 2 hours was decided "within 10 days", so the figure
 * never promises less than the case took; a case decided within minutes counts 0 days only when
 * it took no time at all.
 */
import type { ProcessingEstimate } from '../../api-contract/processing-estimate';

/** Fewer decided cases than this and the estimate is the deployment's response time, called a target. */
export const MIN_MEASURED_CASES = 10;
export const MEDIAN = 0.5;
export const P80 = 0.8;
const DAY_MS = 24 * 3600_000;

/** What the repository reads for one service at one authority. */
export interface WorkingTimeFigures {
  cases: number;
  medianMs: number;
  p80Ms: number;
}

/** The 0-based index, among `count` times sorted shortest first, of the p-th percentile (nearest rank). */
export function percentileRank(count: number, p: number): number {
  return Math.min(count - 1, Math.max(0, Math.ceil(p * count) - 1));
}

/** Whole days, rounded up. */
export function wholeDays(ms: number): number {
  return Math.ceil(Math.max(0, ms) / DAY_MS);
}

/** The figures of a known set of working times (what the repository's query reads from its index). */
export function figuresOf(workingMs: readonly number[]): WorkingTimeFigures | null {
  if (workingMs.length === 0) return null;
  const sorted = [...workingMs].sort((a, b) => a - b);
  return { cases: sorted.length, medianMs: sorted[percentileRank(sorted.length, MEDIAN)], p80Ms: sorted[percentileRank(sorted.length, P80)] };
}

/** Measured from ten or more decided cases; else the response time as a target; else null. */
export function processingEstimate(figures: WorkingTimeFigures | null, respondWithinDays: number | null): ProcessingEstimate {
  if (figures && figures.cases >= MIN_MEASURED_CASES)
    return { kind: 'measured', medianDays: wholeDays(figures.medianMs), p80Days: wholeDays(figures.p80Ms), cases: figures.cases };
  return respondWithinDays === null ? null : { kind: 'target', days: respondWithinDays };
}
