/**
 * Due dates are Helsinki calendar days (YYYY-MM-DD), not instants: a case sent on 1.12. with a
 * response time of 14 days is due on 15.12. and overdue from 16.12. on, whatever the hour it was
 * sent, which is how a customer and a handler read "within 14 days". Days compare as text.
 */
const helsinkiDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Helsinki calendar day of an instant. */
export function helsinkiDay(at: Date | string): string {
  return helsinkiDayFormat.format(typeof at === 'string' ? new Date(at) : at);
}

/** `day` plus `days` calendar days. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day an answer is due: the sending day plus the deployment's response time; null without one. */
export function dueDateOf(submittedAt: string, respondWithinDays: number | null): string | null {
  return respondWithinDays === null ? null : addDays(helsinkiDay(submittedAt), respondWithinDays);
}

export const DUE_FILTERS = ['overdue', 'week'] as const;
export type DueFilter = (typeof DUE_FILTERS)[number];

/** The due days a filter keeps, as [from, before) on open due dates; `from` absent = open start. */
export function dueRange(filter: DueFilter, now: Date): { from?: string; before: string } {
  const today = helsinkiDay(now);
  if (filter === 'overdue') return { before: today };
  // Today up to and including this week's Sunday (weeks start on Monday in Finland).
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  const toSunday = weekday === 0 ? 0 : 7 - weekday;
  return { from: today, before: addDays(today, toSunday + 1) };
}
