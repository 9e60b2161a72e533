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
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PersonalIdParts {
  birthDate: string;
  individualNumber: number;
}

/**
 * What is wrong with a code, the first thing found: its form (length, characters, century sign,
 * an individual number 000 or 001), its date (no such day), a birth date after today (DVV gives
 * codes only to people already born; a day is allowed for time zones), or its check character.
 */
export type PersonalIdProblem = 'form' | 'date' | 'future' | 'check';

type Reading = { ok: true; parts: PersonalIdParts } | { ok: false; problem: PersonalIdProblem };

function read(value: string, today: Date): Reading {
  const match = PERSONAL_ID.exec(value);
  if (!match) return { ok: false, problem: 'form' };
  const [, dd, mm, yy, sign, individual, check] = match;
  const individualNumber = Number(individual);
  if (individualNumber < 2) return { ok: false, problem: 'form' };
  const year = CENTURY[sign] + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  // The date must exist: 300291 is not a date.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { ok: false, problem: 'date' };
  if (date.getTime() > today.getTime() + DAY_MS) return { ok: false, problem: 'future' };
  if (CHECK_CHARS[Number(dd + mm + yy + individual) % 31] !== check) return { ok: false, problem: 'check' };
  return { ok: true, parts: { birthDate: `${String(year).padStart(4, '0')}-${mm}-${dd}`, individualNumber } };
}

export function personalIdProblem(value: string, today: Date = new Date()): PersonalIdProblem | null {
  const reading = read(value, today);
  return reading.ok ? null : reading.problem;
}

/** Reads a valid identity code, or returns null. Individual numbers 900–999 (temporary codes) are accepted. */
export function parsePersonalId(value: string, today: Date = new Date()): PersonalIdParts | null {
  const reading = read(value, today);
  return reading.ok ? reading.parts : null;
}

export function isValidPersonalId(value: string, today: Date = new Date()): boolean {
  return read(value, today).ok;
}
