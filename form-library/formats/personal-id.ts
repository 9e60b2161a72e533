/**
 * Finnish personal identity code (henkilötunnus): DDMMYY, a century sign, a three-digit
 * individual number and a check character. Since 2023 the 1900s may also be marked Y X W V U and
 * the 2000s B C D E F (besides - and A), because the old signs ran out of numbers.
 */
const CENTURY: Record<string, number> = {
  '+': 1800,
  '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};
const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const PERSONAL_ID = /^(\d{2})(\d{2})(\d{2})([-+ABCDEFUVWXY])(\d{3})([0-9A-Y])$/;

export interface PersonalIdParts {
  birthDate: string;
  individualNumber: number;
}

/** Reads a valid identity code, or returns null. Individual numbers 900–999 (temporary codes) are accepted. */
export function parsePersonalId(value: string): PersonalIdParts | null {
  const match = PERSONAL_ID.exec(value);
  if (!match) return null;
  const [, dd, mm, yy, sign, individual, check] = match;
  const individualNumber = Number(individual);
  if (individualNumber < 2) return null;
  const year = CENTURY[sign] + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  // The date must exist: 300291 is not a date.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (CHECK_CHARS[Number(dd + mm + yy + individual) % 31] !== check) return null;
  return { birthDate: `${String(year).padStart(4, '0')}-${mm}-${dd}`, individualNumber };
}

export function isValidPersonalId(value: string): boolean {
  return parsePersonalId(value) !== null;
}
