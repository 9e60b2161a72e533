/**
 * The local test identity provider's people. Their henkilötunnus values are valid test codes:
 * individual numbers 900–999, which the Digital and Population Data Services Agency never gives to
 * a real person, with the right check character (form-library/formats/personal-id). One person has
 * no henkilötunnus, as a foreign person identified through eIDAS has none.
 */
export interface TestPerson {
  /** The provider's subject (`sub`): stable, never the henkilötunnus. */
  id: string;
  givenName: string;
  familyName: string;
  /** The henkilötunnus, or null for a person without one. */
  personalId: string | null;
}

export const TEST_PERSONS: readonly TestPerson[] = [
  { id: 'test-person-1', givenName: 'Aino', familyName: 'Testinen', personalId: '010190-908Y' },
  { id: 'test-person-2', givenName: 'Mikko', familyName: 'Kokeilu', personalId: '150385-921R' },
  { id: 'test-person-3', givenName: 'Kerstin', familyName: 'Provsson', personalId: '280772-933C' },
  { id: 'test-person-4', givenName: 'Eetu', familyName: 'Nuori', personalId: '050501A9461' },
  { id: 'test-person-5', givenName: 'John', familyName: 'Foreigner', personalId: null },
];

/** A test code: valid, with an individual number 900–999. */
export function isTestPersonalId(value: string, valid: (code: string) => boolean): boolean {
  const individual = Number(value.slice(7, 10));
  return valid(value) && individual >= 900 && individual <= 999;
}
