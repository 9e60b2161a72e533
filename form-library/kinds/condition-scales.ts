/**
 * The scales an ordered kind's answers lie on, for conditions that compare ("at least 200",
 * "after 22:00", "before 2027-06-01"): numbers as they are, times of day as minutes, dates as days.
 */
import { minutesOfDay } from '../conditions/evaluate-condition';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function numberScale(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function timeScale(value: unknown): number | null {
  return minutesOfDay(value);
}

export function dateScale(value: unknown): number | null {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return null;
  const days = Date.parse(`${value}T00:00:00Z`) / 86_400_000;
  return Number.isFinite(days) ? days : null;
}
