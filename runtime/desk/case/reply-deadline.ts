import { localDay } from '../../../ui/dates/local-day';

export { DEFAULT_REPLY_DAYS } from '../../../workflows/machine/case-steps';

/** The local day `days` after today: the reply deadline a request for more information proposes. */
export function daysFromToday(days: number, now: Date = new Date()): string {
  const d = new Date(now);
  d.setDate(d.getDate() + days);
  return localDay(d);
}
