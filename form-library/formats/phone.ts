/**
 * Phone number as people write it: Finnish national form (040 123 4567, 09 310 1691) or
 * international form (+358 40 123 4567, +46 8 123 456 78). Spaces and hyphens are allowed
 * between digits; the digit counts follow ITU E.164 (at most 15 digits). A national number is the
 * international one with 0 for +358, so it may have as many digits after the 0 (up to 12) as the
 * +358 form has after the country code.
 */
const SEPARATED = /^\+?\d+(?:[ -]\d+)*$/;

export function isValidPhone(value: string): boolean {
  if (!SEPARATED.test(value)) return false;
  const compact = value.replace(/[ -]/g, '');
  if (compact.startsWith('+')) return /^\+[1-9]\d{6,14}$/.test(compact);
  return /^0\d{5,12}$/.test(compact);
}
