/**
 * A time of day on the 24-hour clock, 'HH:MM' (00:00–23:59), as a browser's time input gives it
 * and as conditions compare it ("until after 22:00"). One pattern, shared with the conditions engine.
 */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidTimeOfDay(value: string): boolean {
  return TIME_OF_DAY.test(value);
}
