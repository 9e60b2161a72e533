/**
 * Finnish formats as named string checks: the same functions serve ajv on the server
 * (`addFinnishFormats`) and rjsf's validator in the browser (`customizeValidator({ customFormats: finnishFormats })`).
 */
import { isValidBusinessId } from './business-id';
import { isValidPersonalId } from './personal-id';
import { isValidPostalCode } from './postal-code';
import { isValidPhone } from './phone';
import { isValidMunicipalityCode } from './municipality-code';
import { isValidTimeOfDay } from './time-of-day';

export { isValidBusinessId, businessIdCheckDigit, businessIdProblem, type BusinessIdProblem } from './business-id';
export { isValidPersonalId, parsePersonalId, personalIdProblem, type PersonalIdParts, type PersonalIdProblem } from './personal-id';
export { isValidPostalCode } from './postal-code';
export { isValidPhone } from './phone';
export { isValidMunicipalityCode } from './municipality-code';
export { normalizeBusinessId, normalizePersonalId } from './normalize';
export { isValidTimeOfDay, TIME_OF_DAY } from './time-of-day';

export const FINNISH_FORMAT_NAMES = ['fi-business-id', 'fi-personal-id', 'fi-postal-code', 'fi-phone', 'fi-municipality', 'fi-time'] as const;
export type FinnishFormatName = (typeof FINNISH_FORMAT_NAMES)[number];

export const finnishFormats: Record<FinnishFormatName, (value: string) => boolean> = {
  'fi-business-id': isValidBusinessId,
  'fi-personal-id': isValidPersonalId,
  'fi-postal-code': isValidPostalCode,
  'fi-phone': isValidPhone,
  'fi-municipality': isValidMunicipalityCode,
  'fi-time': isValidTimeOfDay,
};

/** The part of an ajv instance we need; structural so any ajv 8 copy (ours or rjsf's) fits. */
export interface FormatRegistry {
  addFormat(name: string, format: { type: 'string'; validate: (value: string) => boolean }): unknown;
}

export function addFinnishFormats<T extends FormatRegistry>(ajv: T): T {
  for (const name of FINNISH_FORMAT_NAMES) ajv.addFormat(name, { type: 'string', validate: finnishFormats[name] });
  return ajv;
}
