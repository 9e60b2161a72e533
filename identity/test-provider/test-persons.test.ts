import { describe, expect, it } from 'vitest';
import { isValidPersonalId } from '../../form-library/formats/personal-id';
import { isTestPersonalId, TEST_PERSONS } from './test-persons';

describe('the test provider’s persons', () => {
  it('carry valid test henkilötunnus values (individual number 900–999), but for the one without', () => {
    const codes = TEST_PERSONS.map((p) => p.personalId).filter((c): c is string => c !== null);
    expect(codes.length).toBe(TEST_PERSONS.length - 1);
    for (const code of codes) {
      expect(isValidPersonalId(code)).toBe(true);
      expect(isTestPersonalId(code, (c) => isValidPersonalId(c))).toBe(true);
    }
  });

  it('tells a real person’s code from a test code', () => {
    // A valid code with individual number 123: a real person's range, which the test provider refuses.
    expect(isValidPersonalId('010190-123M')).toBe(true);
    expect(isTestPersonalId('010190-123M', (c) => isValidPersonalId(c))).toBe(false);
  });
});
