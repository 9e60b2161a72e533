import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import {
  addFinnishFormats,
  businessIdCheckDigit,
  finnishFormats,
  isValidBusinessId,
  isValidMunicipalityCode,
  isValidPersonalId,
  isValidPhone,
  isValidPostalCode,
  parsePersonalId,
} from './index';

describe('business ID (Y-tunnus) check digit', () => {
  it('accepts IDs whose check digit matches the weighted sum mod 11', () => {
    expect(isValidBusinessId('0737546-2')).toBe(true);
    expect(isValidBusinessId('0201256-6')).toBe(true); // Helsingin kaupunki
    expect(isValidBusinessId('1234567-1')).toBe(true);
  });
  it('rejects a wrong check digit', () => {
    expect(isValidBusinessId('0737546-3')).toBe(false);
    expect(isValidBusinessId('0201256-5')).toBe(false);
  });
  it('rejects seven digits whose remainder is 1 (never issued)', () => {
    expect(businessIdCheckDigit('0000006')).toBeNull(); // 6×2 = 12, 12 mod 11 = 1
    for (let d = 0; d <= 9; d++) expect(isValidBusinessId(`0000006-${d}`)).toBe(false);
  });
  it('requires the hyphen and exactly 7+1 digits', () => {
    expect(isValidBusinessId('07375462')).toBe(false);
    expect(isValidBusinessId('737546-2')).toBe(false);
    expect(isValidBusinessId(' 0737546-2')).toBe(false);
  });
});

describe('personal identity code (henkilötunnus)', () => {
  it('accepts a classic 1900s code', () => {
    expect(isValidPersonalId('131052-308T')).toBe(true);
    expect(parsePersonalId('131052-308T')).toEqual({ birthDate: '1952-10-13', individualNumber: 308 });
  });
  it('accepts the century signs introduced in 2023', () => {
    expect(isValidPersonalId('010594Y9032')).toBe(true);
    expect(parsePersonalId('010594Y9032')?.birthDate).toBe('1994-05-01');
    // Same date and number with another 1900s sign keeps the same check character
    for (const sign of ['-', 'X', 'W', 'V', 'U']) expect(isValidPersonalId(`010594${sign}9032`)).toBe(true);
  });
  it('reads 2000s signs A–F and the 1800s sign +', () => {
    expect(parsePersonalId('010105A903V')?.birthDate).toBe('2005-01-01');
    expect(parsePersonalId('010105B903V')?.birthDate).toBe('2005-01-01');
    expect(parsePersonalId('311299+0029')?.birthDate).toBe('1899-12-31');
  });
  it('rejects a wrong check character', () => {
    expect(isValidPersonalId('131052-308U')).toBe(false);
  });
  it('rejects a date that does not exist', () => {
    expect(isValidPersonalId('300252-308T')).toBe(false);
  });
  it('rejects individual numbers 000 and 001', () => {
    expect(isValidPersonalId('131052-001T')).toBe(false);
  });
  it('rejects unknown century signs and lower case', () => {
    expect(isValidPersonalId('131052Z308T')).toBe(false);
    expect(isValidPersonalId('131052-308t')).toBe(false);
  });
});

describe('postal code', () => {
  it('is exactly five digits', () => {
    expect(isValidPostalCode('00100')).toBe(true);
    expect(isValidPostalCode('20100')).toBe(true);
    expect(isValidPostalCode('0010')).toBe(false);
    expect(isValidPostalCode('001000')).toBe(false);
    expect(isValidPostalCode('00 100')).toBe(false);
  });
});

describe('phone number', () => {
  it('accepts Finnish national and international forms', () => {
    expect(isValidPhone('+358 40 123 4567')).toBe(true);
    expect(isValidPhone('040 1234567')).toBe(true);
    expect(isValidPhone('040-123 4567')).toBe(true);
    expect(isValidPhone('09 310 1691')).toBe(true);
    expect(isValidPhone('+46 8 123 456 78')).toBe(true);
  });
  it('rejects letters, too few or too many digits and stray symbols', () => {
    expect(isValidPhone('040 12A4567')).toBe(false);
    expect(isValidPhone('040')).toBe(false);
    expect(isValidPhone('+358 40 123 4567 8901 23')).toBe(false);
    expect(isValidPhone('40 1234567')).toBe(false);
    expect(isValidPhone('++358401234567')).toBe(false);
    expect(isValidPhone('')).toBe(false);
  });
});

describe('municipality code', () => {
  it('accepts codes of municipalities that exist', () => {
    for (const code of ['091', '049', '853', '638']) expect(isValidMunicipalityCode(code)).toBe(true);
  });
  it('rejects well-formed codes of no municipality and malformed codes', () => {
    expect(isValidMunicipalityCode('000')).toBe(false);
    expect(isValidMunicipalityCode('91')).toBe(false);
    expect(isValidMunicipalityCode('0910')).toBe(false);
  });
});

describe('ajv registration', () => {
  it('registers every Finnish format under its fi-* name', () => {
    const ajv = addFinnishFormats(new Ajv());
    const validate = ajv.compile({
      type: 'object',
      properties: {
        businessId: { type: 'string', format: 'fi-business-id' },
        personalId: { type: 'string', format: 'fi-personal-id' },
        municipality: { type: 'string', format: 'fi-municipality' },
      },
    });
    expect(validate({ businessId: '0737546-2', personalId: '131052-308T', municipality: '091' })).toBe(true);
    expect(validate({ businessId: '0737546-3' })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/businessId', params: { format: 'fi-business-id' } });
    expect(Object.keys(finnishFormats).sort()).toEqual(
      ['fi-business-id', 'fi-municipality', 'fi-personal-id', 'fi-phone', 'fi-postal-code', 'fi-time'],
    );
  });
});
