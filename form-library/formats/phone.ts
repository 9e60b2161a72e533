/**
 * Phone number as people write it: Finnish national form (040 123 4567, 09 310 1691) or
 * international form (+358 40 123 4567, +46 8 123 456 78). Spaces and hyphens are allowed
 * between digits; the digit counts follow ITU E.164 (at most 15 digits).
 */
const SEPARATED = /^\+?\d+(?:[ -]\d+)*$/;

export function isValidPhone(value: string): boolean {
  if (!SEPARATED.test(value)) return false;
  const compact = value.replace(/[ -]/g, '');
  if (compact.startsWith('+')) return /^\+[1-9]\d{6,14}$/.test(compact);
  return /^0\d{5,11}$/.test(compact);
}
