import { describe, expect, it } from 'vitest';
import { ProcessingEstimate } from '../../api-contract/processing-estimate';
import { figuresOf, MIN_MEASURED_CASES, percentileRank, processingEstimate, wholeDays } from './estimate';

const DAY = 24 * 3600_000;

describe('percentiles on a known set (nearest rank)', () => {
  it('picks a real case’s time: the median of 10 is the 5th shortest, the 80th percentile the 8th', () => {
    expect(percentileRank(10, 0.5)).toBe(4);
    expect(percentileRank(10, 0.8)).toBe(7);
    expect(percentileRank(11, 0.5)).toBe(5);
    expect(percentileRank(11, 0.8)).toBe(8);
    expect(percentileRank(1, 0.8)).toBe(0);
    const days = [21, 3, 9, 12, 7, 30, 9, 15, 10, 8].map((d) => d * DAY); // sorted: 3 7 8 9 9 10 12 15 21 30
    expect(figuresOf(days)).toEqual({ cases: 10, medianMs: 9 * DAY, p80Ms: 15 * DAY });
    expect(figuresOf([])).toBeNull();
  });

  it('rounds a time up to whole days', () => {
    expect(wholeDays(0)).toBe(0);
    expect(wholeDays(5 * 60_000)).toBe(1);
    expect(wholeDays(9 * DAY)).toBe(9);
    expect(wholeDays(9 * DAY + 1)).toBe(10);
  });
});

describe('the estimate', () => {
  const tenCases = { cases: MIN_MEASURED_CASES, medianMs: 8.5 * DAY, p80Ms: 20.2 * DAY };

  it('is measured from ten or more decided cases, in whole days', () => {
    expect(processingEstimate(tenCases, 14)).toEqual({ kind: 'measured', medianDays: 9, p80Days: 21, cases: 10 });
    expect(processingEstimate(tenCases, null)).toEqual({ kind: 'measured', medianDays: 9, p80Days: 21, cases: 10 });
  });

  it('with fewer than ten is the deployment’s response time as a target, or nothing without one', () => {
    const nine = { ...tenCases, cases: 9 };
    expect(processingEstimate(nine, 14)).toEqual({ kind: 'target', days: 14 });
    expect(processingEstimate(null, 30)).toEqual({ kind: 'target', days: 30 });
    expect(processingEstimate(nine, null)).toBeNull();
    expect(processingEstimate(null, null)).toBeNull();
  });

});
