/** Municipality code: the three-digit Statistics Finland code of a municipality that exists (e.g. 091 Helsinki). */
import municipalities from '../../reference-data/municipalities.json';

const CODES: ReadonlySet<string> = new Set(municipalities.map((m) => m.code));

export function isValidMunicipalityCode(value: string): boolean {
  return /^\d{3}$/.test(value) && CODES.has(value);
}
