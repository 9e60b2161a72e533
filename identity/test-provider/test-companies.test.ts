import { describe, expect, it } from 'vitest';
import { isValidBusinessId } from '../../form-library/formats/business-id';
import { TEST_COMPANIES, TEST_MANDATES } from './test-companies';
import { TEST_PERSONS } from './test-persons';

describe('the test provider’s companies', () => {
  it('carry valid Y-tunnus values, each once', () => {
    for (const c of TEST_COMPANIES) expect(isValidBusinessId(c.businessId)).toBe(true);
    expect(new Set(TEST_COMPANIES.map((c) => c.businessId)).size).toBe(TEST_COMPANIES.length);
  });

  it('are represented by test persons only, two of them for one company, and one mandate has ended', () => {
    const codes = new Set(TEST_PERSONS.map((p) => p.personalId));
    for (const m of TEST_MANDATES) {
      expect(codes.has(m.personalId)).toBe(true);
      expect(TEST_COMPANIES.some((c) => c.businessId === m.businessId)).toBe(true);
    }
    const perCompany = new Map<string, number>();
    for (const m of TEST_MANDATES.filter((x) => x.validUntil === null)) perCompany.set(m.businessId, (perCompany.get(m.businessId) ?? 0) + 1);
    expect(Math.max(...perCompany.values())).toBeGreaterThanOrEqual(2);
    expect(TEST_MANDATES.filter((m) => m.validUntil !== null && Date.parse(m.validUntil) < Date.parse('2026-12-07'))).toHaveLength(1);
  });
});
