/** Finnish postal code: exactly five digits (e.g. 00100 Helsinki, 20100 Turku). */
export function isValidPostalCode(value: string): boolean {
  return /^\d{5}$/.test(value);
}
