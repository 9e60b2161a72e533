/**
 * Reference data: the 308 municipalities with their official language status, the rescue, police
 * and wellbeing authorities with their real areas and the national agencies (reference-data/), one
 * municipal authority per municipality, and the topics (palvelukokonaisuudet).
 */
import municipalityData from '../../reference-data/municipalities.json';
import authorityData from '../../reference-data/authorities.json';
import nationalAuthorityData from '../../reference-data/national-authorities.json';
import type { AppContext } from '../context';
import type { ReferenceData } from './seed-repository';

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

/** Everything the reference data holds, as seeding writes it. */
export function referenceData(): ReferenceData {
  return { municipalities: municipalitySeeds(), authorities: authoritySeeds(), topics: TOPICS };
}

/**
 * Writes the reference data on every start (~1,000 rows, one transaction). Names are updated in
 * place, so a database seeded before a name was corrected (e.g. a Swedish name added to
 * reference-data) shows the corrected one; codes, kinds and areas are only inserted.
 */
export async function seedReference(ctx: AppContext): Promise<void> {
  await ctx.repos.seed.writeReference(referenceData());
}
