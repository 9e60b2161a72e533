import { describe, expect, it } from 'vitest';
import type { ServiceDefinition } from '../../form-library/format/types';
import type { Deployment } from './api';
import type { LibraryService } from './deployable';
import { filterLibrary, libraryEntries, liveServicePath } from './library-view';

const service = (id: string, fi: string, description: string, topics: string[]): ServiceDefinition =>
  ({ id, name: { fi, sv: fi, en: fi }, description: { fi: description, sv: description, en: description }, topics, kind: 'notification', authorityKind: 'municipality' }) as unknown as ServiceDefinition;
const packName = { fi: 'Tapahtumien järjestäminen', sv: 'Evenemang', en: 'Events' };
const library: LibraryService[] = [
  { packId: 1, packName, version: 3, service: service('noise', 'Meluilmoitus', 'Ilmoitus tilapäisestä melusta ympäristönsuojelulain 118 §:n mukaan. Tehdään 30 päivää ennen.', ['events', 'environment']) },
  { packId: 1, packName, version: 3, service: service('food', 'Elintarvikkeiden myynti', 'Tilapäinen elintarvikkeiden myynti tapahtumassa.', ['events', 'health']) },
  { packId: 2, packName: { fi: 'Rakentaminen', sv: 'Byggande', en: 'Building' }, version: 1, service: service('demolition', 'Purkamisilmoitus', 'Rakennuksen purkaminen.', ['building']) },
];
const deployment = (id: number, serviceId: string, packVersion: number, municipalities: string[], active = true): Deployment => ({
  id, authorityId: 'municipality-091', packId: 1, packVersion, serviceId, municipalities, respondWithinDays: null, estimate: null, contactText: null, privacyNotice: null, appeal: null, active,
  createdAt: '2026-12-01T08:00:00.000Z', withdrawnAt: active ? null : '2026-12-02T08:00:00.000Z',
});

describe('the library an admin deploys from', () => {
  it('marks what is deployed, on which version, and a newer version as an upgrade', () => {
    const entries = libraryEntries(library, [deployment(7, 'noise', 2, ['091']), deployment(8, 'food', 3, ['091']), deployment(9, 'food', 1, ['049'], false)]);
    expect(entries.map((e) => [e.item.service.id, e.deployedVersion, e.newerVersion, e.municipalityCount])).toEqual([
      ['noise', 2, 3, 1],
      ['food', 3, null, 1],
      ['demolition', null, null, 0],
    ]);
  });

  it('finds by any word of the name, description or pack, case and accents aside, and by topic', () => {
    const entries = libraryEntries(library, []);
    const ids = (q: string, topic = '') => filterLibrary(entries, q, topic, 'fi').map((e) => e.item.service.id);
    expect(ids('MELU')).toEqual(['noise']);
    expect(ids('tapahtuma myynti')).toEqual(['food']);
    expect(ids('rakentaminen')).toEqual(['demolition']);
    expect(ids('', 'events')).toEqual(['noise', 'food']);
    expect(ids('purka', 'events')).toEqual([]);
    expect(ids('elintarvikkeiden')).toEqual(['food']);
  });

  it('opens a deployed service where customers do, in its first municipality', () => {
    expect(liveServicePath('sv', { id: 12, municipalities: ['638', '018'] })).toBe('/sv/asioi/018/palvelu/12');
    expect(liveServicePath('fi', { id: 12, municipalities: [] })).toBeNull();
  });
});
