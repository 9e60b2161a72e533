/**
 * Mandates from the local test provider's companies (identity/test-provider/test-companies.ts):
 * the embedded default outside production. Kept in memory; `end` ends a mandate at a moment, as
 * a company's register would, so tests and demos can watch access stop.
 */
import { mandateStanding } from '../../permissions/acting-for';
import type { Company, MandatePerson, Mandates } from './mandates';

export interface TestCompanyData {
  companies: readonly Company[];
  mandates: ReadonlyArray<{ personalId: string; businessId: string; validFrom: string | null; validUntil: string | null }>;
}

export interface TestCompanyMandates extends Mandates {
  readonly source: 'test';
  /** Ends the person's mandates for the company at `at` (now if not given). */
  end(personalId: string, businessId: string, at?: Date): void;
}

export function testCompanyMandates(data: TestCompanyData, now: () => Date): TestCompanyMandates {
  const mandates = data.mandates.map((m) => ({ ...m }));
  const companyOf = (businessId: string): Company | undefined => data.companies.find((c) => c.businessId === businessId);
  const mandatesOf = (person: MandatePerson) => mandates.filter((m) => m.personalId === person.personalId.toUpperCase());
  return {
    source: 'test',
    async companiesOf(person) {
      const at = now();
      const ids = new Set(mandatesOf(person).map((m) => m.businessId));
      return [...ids]
        .filter((id) => mandateStanding(mandatesOf(person), id, at) === 'holds')
        .map(companyOf)
        .filter((c): c is Company => c !== undefined)
        .sort((a, b) => a.name.localeCompare(b.name, 'fi'));
    },
    async check(person, businessId) {
      const standing = mandateStanding(mandatesOf(person), businessId, now());
      return standing === 'holds' && !companyOf(businessId) ? 'none' : standing;
    },
    end(personalId, businessId, at = now()) {
      for (const m of mandates) if (m.personalId === personalId && m.businessId === businessId) m.validUntil = at.toISOString();
    },
  };
}
