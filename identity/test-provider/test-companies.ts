/**
 * The local test provider's companies and who may act for them: the embedded default of mandates
 * (Suomi.fi-valtuudet), never used in production (server/mandates/mandates-config.ts refuses it).
 * Their Y-tunnus values have the right check digit (form-library/formats/business-id.ts) in a
 * range the demo keeps for itself (700xxxx); the representatives are the test persons
 * (test-persons.ts) by their henkilötunnus. Two persons represent Testiyhtiö Oy; Kerstin Provsson's
 * mandate for Kokeilurakennus Oy has ended.
 */
export interface TestCompany {
  businessId: string;
  name: string;
}

export interface TestMandate {
  /** The representative's henkilötunnus. */
  personalId: string;
  businessId: string;
  /** Organisational roles as the mandates service names them (NIMKO: may sign for the company, TJ: managing director). */
  roles: string[];
  /** ISO times; null: open. */
  validFrom: string | null;
  validUntil: string | null;
}

export const TEST_COMPANIES: readonly TestCompany[] = [
  { businessId: '7001234-9', name: 'Testiyhtiö Oy' },
  { businessId: '7001235-7', name: 'Provbolaget Ab' },
  { businessId: '7001236-5', name: 'Kokeilurakennus Oy' },
];

export const TEST_MANDATES: readonly TestMandate[] = [
  { personalId: '010190-908Y', businessId: '7001234-9', roles: ['TJ', 'NIMKO'], validFrom: null, validUntil: null },
  { personalId: '150385-921R', businessId: '7001234-9', roles: ['NIMKO'], validFrom: null, validUntil: null },
  { personalId: '280772-933C', businessId: '7001235-7', roles: ['TJ', 'NIMKO'], validFrom: null, validUntil: null },
  { personalId: '280772-933C', businessId: '7001236-5', roles: ['NIMKO'], validFrom: '2024-01-01T00:00:00.000Z', validUntil: '2026-06-30T21:00:00.000Z' },
];
