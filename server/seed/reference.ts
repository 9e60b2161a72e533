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
    // Swedish names are null where no source confirmed them; the Finnish name is the honest fallback.
    return { id: a.id, kind: a.type, fi: a.fi, sv: a.sv ?? a.fi, en: a.fi, municipalities: a.municipalities };
  });
  // A national agency has no area rows: it serves every municipality (routing's authorityArea).
  const national: AuthoritySeed[] = nationalAuthorityData.map((a) => ({ id: a.id, kind: 'national', fi: a.fi, sv: a.sv, en: a.en, municipalities: [] }));
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

/** Inserts the reference data unless it is there already (prepared statements: ~700 rows at start). */
export function seedReference(ctx: AppContext): void {
  const { sqlite } = ctx;
  const insertMunicipality = sqlite.prepare(
    'INSERT OR IGNORE INTO municipalities (code, name_fi, name_sv, languages, region_code) VALUES (@code, @nameFi, @nameSv, @languages, @regionCode)',
  );
  const insertAuthority = sqlite.prepare('INSERT OR IGNORE INTO authorities (id, kind, name_fi, name_sv, name_en) VALUES (?, ?, ?, ?, ?)');
  const insertArea = sqlite.prepare('INSERT OR IGNORE INTO authority_municipalities (authority_id, municipality_code) VALUES (?, ?)');
  const insertTopic = sqlite.prepare('INSERT OR IGNORE INTO topics (id, name_fi, name_sv, name_en) VALUES (?, ?, ?, ?)');
  sqlite.transaction(() => {
    for (const m of municipalitySeeds()) insertMunicipality.run(m);
    for (const a of authoritySeeds()) {
      insertAuthority.run(a.id, a.kind, a.fi, a.sv, a.en);
      for (const code of a.municipalities) insertArea.run(a.id, code);
    }
    for (const t of TOPICS) insertTopic.run(t.id, t.fi, t.sv, t.en);
  })();
}
