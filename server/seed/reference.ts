/**
 * Reference data: the 308 municipalities with their official language status, the rescue, police
 * and wellbeing authorities with their real areas and the national agencies (reference-data/), one
 * municipal authority per municipality, and the topics (palvelukokonaisuudet).
 */
import municipalityData from '../../reference-data/municipalities.json';
import authorityData from '../../reference-data/authorities.json';
import nationalAuthorityData from '../../reference-data/national-authorities.json';
import type { AppContext } from '../context';

export interface TopicSeed {
  id: string;
  fi: string;
  sv: string;
  en: string;
}

export const TOPICS: TopicSeed[] = [
  { id: 'events', fi: 'Tapahtumat', sv: 'Evenemang', en: 'Events' },
  { id: 'building', fi: 'Rakentaminen', sv: 'Byggande', en: 'Building' },
  { id: 'environment', fi: 'Ympäristö', sv: 'Miljö', en: 'Environment' },
  { id: 'health', fi: 'Terveys', sv: 'Hälsa', en: 'Health' },
  { id: 'safety', fi: 'Turvallisuus', sv: 'Säkerhet', en: 'Safety' },
  { id: 'business', fi: 'Yritystoiminta', sv: 'Företagsverksamhet', en: 'Business' },
  { id: 'streets', fi: 'Kadut ja liikenne', sv: 'Gator och trafik', en: 'Streets and traffic' },
];

export interface AuthoritySeed {
  id: string;
  kind: 'municipality' | 'rescue' | 'police' | 'wellbeing' | 'national';
  fi: string;
  sv: string;
  en: string;
  municipalities: string[];
}

/** Authorities of reference-data plus `municipality-<code>` for every municipality. */
export function authoritySeeds(): AuthoritySeed[] {
  const regional: AuthoritySeed[] = authorityData.map((a) => {
    if (a.type !== 'rescue' && a.type !== 'police' && a.type !== 'wellbeing') throw new Error(`Unknown authority type ${a.type}`);
    return { id: a.id, kind: a.type, fi: a.fi, sv: a.sv, en: a.en, municipalities: a.municipalities };
  });
  // A national agency has no area rows: it serves every municipality (routing's authorityArea).
  const national: AuthoritySeed[] = nationalAuthorityData.map((a) => ({ id: a.id, kind: 'national', fi: a.fi, sv: a.sv, en: a.en, municipalities: [] }));
  // A municipality is its own authority; English uses the Finnish name of the place, as the
  // municipalities themselves do ("City of Espoo" is a brand, not a name a customer searches for).
  const municipal: AuthoritySeed[] = municipalityData.map((m) => ({
    id: `municipality-${m.code}`,
    kind: 'municipality',
    fi: m.fi,
    sv: m.sv,
    en: m.fi,
    municipalities: [m.code],
  }));
  return [...municipal, ...regional, ...national];
}

export function municipalitySeeds() {
  return municipalityData.map((m) => ({ code: m.code, nameFi: m.fi, nameSv: m.sv, languages: m.languages, regionCode: m.region.code }));
}

/**
 * Writes the reference data on every start (prepared statements: ~700 rows). Names are updated in
 * place, so a database seeded before a name was corrected (e.g. a Swedish name added to
 * reference-data) shows the corrected one; codes, kinds and areas are only inserted.
 */
export function seedReference(ctx: AppContext): void {
  const { sqlite } = ctx;
  const insertMunicipality = sqlite.prepare(
    `INSERT INTO municipalities (code, name_fi, name_sv, languages, region_code) VALUES (@code, @nameFi, @nameSv, @languages, @regionCode)
     ON CONFLICT (code) DO UPDATE SET name_fi = excluded.name_fi, name_sv = excluded.name_sv`,
  );
  const insertAuthority = sqlite.prepare(
    `INSERT INTO authorities (id, kind, name_fi, name_sv, name_en) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name_fi = excluded.name_fi, name_sv = excluded.name_sv, name_en = excluded.name_en`,
  );
  const insertArea = sqlite.prepare('INSERT OR IGNORE INTO authority_municipalities (authority_id, municipality_code) VALUES (?, ?)');
  const insertTopic = sqlite.prepare(
    `INSERT INTO topics (id, name_fi, name_sv, name_en) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name_fi = excluded.name_fi, name_sv = excluded.name_sv, name_en = excluded.name_en`,
  );
  sqlite.transaction(() => {
    for (const m of municipalitySeeds()) insertMunicipality.run(m);
    for (const a of authoritySeeds()) {
      insertAuthority.run(a.id, a.kind, a.fi, a.sv, a.en);
      for (const code of a.municipalities) insertArea.run(a.id, code);
    }
    for (const t of TOPICS) insertTopic.run(t.id, t.fi, t.sv, t.en);
  })();
}
