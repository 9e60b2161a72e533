import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import {
  addFinnishFormats,
  businessIdCheckDigit,
  businessIdProblem,
  normalizeBusinessId,
  normalizePersonalId,
  personalIdProblem,
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
  it('names the form or the check digit as what is wrong', () => {
    expect(businessIdProblem('0737546-2')).toBeNull();
    expect(businessIdProblem('07375462')).toBe('form');
    expect(businessIdProblem('1234567-8')).toBe('check');
    expect(businessIdProblem('0000006-0')).toBe('check');
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
  it('refuses a birth date after today, allowing one day for time zones', () => {
    expect(isValidPersonalId('050444C399N')).toBe(false); // 5.4.2044
    expect(isValidPersonalId('051288D0131')).toBe(false); // 5.12.2088
    expect(personalIdProblem('051288D0131')).toBe('future');
    const evening = new Date('2026-03-01T23:30:00Z');
    // Born "tomorrow" in UTC is today in Finland (UTC+2): allowed, so the check character decides.
    expect(personalIdProblem('020326A9012', evening)).toBe('check');
    expect(personalIdProblem('030326A901P', evening)).toBe('future');
  });

  it('names the first thing wrong: form, date, birth in the future, check character', () => {
    expect(personalIdProblem('131052-308T')).toBeNull();
    for (const badForm of ['131052308T', '131052Z308T', '131052-308t', '131052-001T', '']) expect(personalIdProblem(badForm)).toBe('form');
    expect(personalIdProblem('300252-308T')).toBe('date');
    expect(personalIdProblem('010190-123A')).toBe('check');
    expect(personalIdProblem('010190-123M')).toBeNull();
  });

  it('rejects unknown century signs and lower case', () => {
    expect(isValidPersonalId('131052Z308T')).toBe(false);
    expect(isValidPersonalId('131052-308t')).toBe(false);
  });
});

describe('normal forms of typed identifiers', () => {
  it('trim, upper-case a henkilötunnus and give a Y-tunnus its missing hyphen', () => {
    expect(normalizeBusinessId('0737546-2 ')).toBe('0737546-2');
    expect(normalizeBusinessId('07375462')).toBe('0737546-2');
    expect(normalizeBusinessId(' 737546-2')).toBe('737546-2'); // left for the check to name
    expect(normalizePersonalId(' 131052-308t ')).toBe('131052-308T');
    expect(normalizePersonalId('010594y9032')).toBe('010594Y9032');
    expect(isValidBusinessId(normalizeBusinessId('0737546-2 '))).toBe(true);
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
  it('accepts a national number as long as the +358 form of the same number', () => {
    expect(isValidPhone('+358 40 1234 567 890')).toBe(true); // 12 digits after the country code
    expect(isValidPhone('040 1234 567 890')).toBe(true);
    expect(isValidPhone('0401234567890')).toBe(true);
    expect(isValidPhone('04012345678901')).toBe(false); // 13 after the 0, as +358 has at most 12
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
