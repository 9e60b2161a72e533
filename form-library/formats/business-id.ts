/**
 * Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit.
 * The check digit is 11 − (Σ digit × weight mod 11) with weights 7,9,10,5,8,4,2; remainder 0 gives 0
 * and remainder 1 is never issued, so an ID whose sum leaves 1 is invalid.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];
const BUSINESS_ID = /^(\d{7})-(\d)$/;

/** The check digit for seven digits, or null when no valid ID can have them (remainder 1). */
export function businessIdCheckDigit(digits: string): number | null {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * WEIGHTS[i];
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

/** What is wrong with a business ID: its form (7 digits, hyphen, digit) or its check digit. */
export type BusinessIdProblem = 'form' | 'check';

export function businessIdProblem(value: string): BusinessIdProblem | null {
  const match = BUSINESS_ID.exec(value);
  if (!match) return 'form';
  return businessIdCheckDigit(match[1]) === Number(match[2]) ? null : 'check';
}

export function isValidBusinessId(value: string): boolean {
  return businessIdProblem(value) === null;
}
