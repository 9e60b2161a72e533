/**
 * The people of the local stand-in for Helsinki's own identity provider (as a city's Entra ID would
 * know them): made-up staff with the groups the city gives them. The demo maps the kevyt-helsinki-*
 * groups to roles (server/seed/demo-staff-sso.ts); `hel-kirjasto` maps to nothing, and one person
 * has no group claim at all. One person is in more groups than fit in an ID token: as Entra ID does,
 * the token then carries only a marker that the groups are elsewhere (group overage), and the
 * stand-in's groups endpoint answers them.
 */
export interface StaffPerson {
  /** The provider's subject (`sub`): stable, as Entra ID's object id is. */
  id: string;
  givenName: string;
  familyName: string;
  email: string;
  /** The group claim's values; null: the ID token carries no group claim. */
  groups: string[] | null;
}

export const HELSINKI_STAFF_PERSONS: readonly StaffPerson[] = [
  { id: 'hel-staff-1', givenName: 'Hilkka', familyName: 'Virkamies', email: 'hilkka.virkamies@hel.example', groups: ['kevyt-helsinki-handlers', 'hel-kaikki'] },
  { id: 'hel-staff-2', givenName: 'Aapo', familyName: 'Ylläpitäjä', email: 'aapo.yllapitaja@hel.example', groups: ['kevyt-helsinki-admins', 'hel-kaikki'] },
  { id: 'hel-staff-3', givenName: 'Saga', familyName: 'Formgivare', email: 'saga.formgivare@hel.example', groups: ['kevyt-helsinki-designers'] },
  { id: 'hel-staff-4', givenName: 'Kalle', familyName: 'Kirjastolainen', email: 'kalle.kirjastolainen@hel.example', groups: ['hel-kirjasto', 'hel-kaikki'] },
  { id: 'hel-staff-5', givenName: 'Nelli', familyName: 'Ryhmätön', email: 'nelli.ryhmaton@hel.example', groups: null },
  {
    id: 'hel-staff-6', givenName: 'Veikko', familyName: 'Monijäsen', email: 'veikko.monijasen@hel.example',
    groups: ['hel-kaikki', ...Array.from({ length: 240 }, (_, i) => `hel-tyoryhma-${String(i + 1).padStart(3, '0')}`), 'kevyt-helsinki-handlers'],
  },
];

/** How many groups fit in an ID token; more and the token says only where to find them (Entra ID: 200). */
export const GROUPS_IN_TOKEN_LIMIT = 200;

/** The group claim's name at the stand-in, as at Entra ID. */
export const GROUP_CLAIM = 'groups';
